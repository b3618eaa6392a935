// The calls area (utlysninger): list, new, one call, and editing, as nested routes.
import { Route, Routes } from 'react-router';
import { CallDetailPage } from './CallDetailPage';
import { CallList } from './CallList';
import { CallNotFound } from './CallNotFound';
import { EditCallPage } from './EditCallPage';
import { NewCallPage } from './NewCallPage';

export default function CallsPage() {
  return (
    <Routes>
      <Route index element={<CallList />} />
      <Route path="ny" element={<NewCallPage />} />
      <Route path=":id" element={<CallDetailPage />} />
      <Route path=":id/rediger" element={<EditCallPage />} />
      <Route path="*" element={<CallNotFound />} />
    </Routes>
  );
}

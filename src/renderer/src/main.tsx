// Renderer entry: starts the first screen's chunks and the database together, then mounts the app
// once they are in (index.html's static splash shows until then). Everything heavy is loaded later,
// per page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { FIRST_RENDER_MARK, startProgram } from './app/start-program';

const container = document.getElementById('root');
if (!container) throw new Error('Fant ikke #root i index.html');

void startProgram(window.location.hash)
  .catch(() => ({}))
  .then((start) => {
    performance.mark(FIRST_RENDER_MARK);
    createRoot(container).render(
      <StrictMode>
        <App start={start} />
      </StrictMode>,
    );
  });

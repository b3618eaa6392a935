// What every follow-up letter (reminder, repayment claim) shares with the decision letters: the
// addressee lines, the contact sentence, the footer line and the document frame. The words come
// from the municipality's standard letter texts, the look from letter-layout.ts.
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Letterhead } from '@renderer/domain/decisions/letterhead';
import { formatOrgnr } from '@renderer/domain/identifiers';
import { fillPlaceholders } from '@renderer/domain/decisions/reason-templates';
import type { Organisation } from '@renderer/domain/organisation';
import type { LetterLanguage } from '@renderer/domain/settings';
import { ARCHIVAL_OPTIONS, pdfLanguage } from '../archival';
import type { LetterTexts } from '../letter-texts';
import { LETTER_PAGE, footer, keepHeadingsWithText } from '../letter-layout';

export function recipientLines(
  organisation: Pick<Organisation, 'name' | 'address' | 'contactPerson'>,
  attention: string,
): string[] {
  const address = (organisation.address ?? '')
    .split(/\n|,\s*/)
    .map((l) => l.trim())
    .filter(Boolean);
  return [organisation.name, ...(organisation.contactPerson ? [`${attention} ${organisation.contactPerson}`] : []), ...address];
}

export function contactDetails(letterhead: Letterhead, t: LetterTexts): string {
  const parts: string[] = [];
  const phone = letterhead.caseOfficer.phone ?? letterhead.phone;
  const email = letterhead.caseOfficer.email ?? letterhead.email;
  if (phone) parts.push(`${t.labels.phone} ${phone}`);
  if (email) parts.push(`${t.labels.email} ${email}`);
  return parts.length ? `, ${parts.join(', ')}` : '';
}

function footerLine(letterhead: Letterhead, kommune: string, t: LetterTexts): string {
  return [
    [kommune, letterhead.unitName].filter(Boolean).join(', '),
    ...letterhead.addressLines.filter(Boolean),
    letterhead.visitingAddress ? `${t.labels.visit} ${letterhead.visitingAddress}` : '',
    letterhead.phone ? `${t.labels.phone[0]!.toUpperCase()}${t.labels.phone.slice(1)} ${letterhead.phone}` : '',
    letterhead.email ?? '',
    letterhead.orgnr ? `${t.labels.orgnr} ${formatOrgnr(letterhead.orgnr)}` : '',
  ]
    .filter(Boolean)
    .join('  ·  ');
}

/** The whole document: page, archival options (PDF/A), metadata, footer with page numbers. */
export function followUpDocument(args: {
  language: LetterLanguage;
  letterhead: Letterhead;
  kommune: string;
  texts: LetterTexts;
  title: string;
  subject: string;
  content: Content[];
  generatedAt?: Date;
}): TDocumentDefinitions {
  const { texts: t, kommune } = args;
  return {
    ...LETTER_PAGE,
    ...ARCHIVAL_OPTIONS,
    language: pdfLanguage(args.language),
    info: {
      title: args.title,
      author: kommune,
      subject: args.subject,
      creator: kommune,
      producer: 'Tilskudd frivillige organisasjoner',
      ...(args.generatedAt ? { creationDate: args.generatedAt, modDate: args.generatedAt } : {}),
    },
    content: args.content,
    pageBreakBefore: keepHeadingsWithText,
    footer: footer(footerLine(args.letterhead, kommune, t), (page, pages) =>
      fillPlaceholders(t.labels.page, { side: String(page), sider: String(pages) }),
    ),
  };
}

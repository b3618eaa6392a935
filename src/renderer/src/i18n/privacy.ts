// Texts of the «Personvern» page: what the program stores about people, where, for how long, and
// how to remove it.
export const privacyText = {
  title: 'Personvern',
  lead: 'Hvilke personopplysninger programmet lagrer, hvor de ligger, hvor lenge, og hvordan de fjernes.',
  linkLead: 'Hva programmet lagrer om personer, hvor og hvor lenge, og hvordan det fjernes.',
  linkFromSettings: 'Les om personvern',
  backToSettings: 'Tilbake til innstillinger',
  sections: [
    {
      heading: 'Hva som lagres',
      paragraphs: [
        'Programmet lagrer det som trengs for å behandle søknader om tilskudd: organisasjonene (navn, organisasjonsnummer, adresse, kontonummer), kontaktpersonens navn, e-postadresse og telefonnummer, søknadene med vedlegg, vurderinger, vedtak, brev, utbetalinger og rapporter.',
        'Programmet lagrer også navnet på saksbehandleren som gjør hver endring, og når, i endringsloggen. Loggen er en del av saksbehandlingen og kan ikke slås av.',
        'Kommunen er behandlingsansvarlig for opplysningene.',
      ],
    },
    {
      heading: 'Hvor det lagres',
      paragraphs: [
        'Skrivebordsprogrammet: i programmets database i brukerens datamappe på denne maskinen. Automatiske sikkerhetskopier ligger i mappen «sikkerhetskopier» der, eller i en mappe du har valgt under Sikkerhetskopi.',
        'Nettleseren: i nettleserens database for dette nettstedet i denne nettleserprofilen. Sikkerhetskopier lastes ned dit nettleseren lagrer nedlastinger.',
        'Endringsloggens anker og nøkkelen som signerer det, ligger utenfor databasen: i skrivebordsprogrammet i to filer i datamappen (nøkkelen kryptert med operativsystemets nøkkellager der det finnes), i nettleseren i nettleserens lokale lagring. De inneholder ingen personopplysninger.',
        'Programmet sender ingenting over nettet. Brev, eksport og sikkerhetskopier lagres bare der du velger.',
      ],
    },
    {
      heading: 'Sikkerhetskopier',
      paragraphs: [
        'En sikkerhetskopi inneholder alle saksdata, også kontaktpersoner og kontonumre. Kopier du tar selv, kan krypteres med passord. De automatiske kopiene i skrivebordsprogrammet og kopien som tas rett før en gjenoppretting, er ikke kryptert, fordi ingen er til stede for å oppgi et passord. Oppbevar dem som andre saksdokumenter.',
      ],
    },
    {
      heading: 'Hvor lenge',
      paragraphs: [
        'Personopplysninger i avsluttede saker kan fjernes når oppbevaringstiden er ute: standard 10 år etter tilskuddsåret. Du stiller tiden og fjerner opplysningene nedenfor. Programmet fjerner ingenting uten at du ber om det.',
        'Saksdokumentene er en del av kommunens arkiv, og arkivreglene bestemmer hvor lenge de skal bevares; avklar med kommunens arkivtjeneste. I skrivebordsprogrammet slettes automatiske sikkerhetskopier ut over det antallet du har valgt (standard 14).',
      ],
    },
    {
      heading: 'Slik fjerner du opplysningene',
      paragraphs: [
        'Skrivebordsprogrammet: avinstaller programmet og slett datamappen og mappen med sikkerhetskopier.',
        'Nettleseren: slett nettstedsdata for dette nettstedet i nettleserens innstillinger, og slett nedlastede sikkerhetskopier.',
        'Vil du beholde saken, men fjerne én persons opplysninger, retter du dem på organisasjonen. Merk at endringsloggen beholder tidligere verdier, slik at det kan etterprøves hva som ble endret.',
        'Når oppbevaringstiden er ute, fjerner «Fjern personopplysninger» kontaktperson, e-post, telefon, kontonummer og styremedlemmer fra organisasjoner som ikke har søkt siden, og kontaktpersonen på asylmottaket fra søknadene, også der den er sitert i den formelle vurderingen. I endringsloggen erstattes hver fjernet verdi med et fingeravtrykk (SHA-256), så loggen fortsatt kan kontrolleres. Brev som er laget, tekst saksbehandlere har skrevet selv, og sikkerhetskopier tatt før fjerningen, endres ikke: slett gamle sikkerhetskopier selv.',
      ],
    },
  ],
  retention: {
    heading: 'Fjern personopplysninger i avsluttede saker',
    yearsLabel: 'Oppbevaringstid (år etter tilskuddsåret)',
    yearsHelp: 'Standard er 10 år.',
    saveYears: 'Lagre oppbevaringstiden',
    yearsSaved: 'Oppbevaringstiden er lagret.',
    due: (lastYear: number, organisations: number, applications: number) =>
      organisations + applications === 0
        ? `Ingen saker med tilskuddsår ${lastYear} eller eldre har personopplysninger igjen.`
        : `Saker med tilskuddsår ${lastYear} eller eldre: ${count(organisations, 'organisasjon', 'organisasjoner')} og ${count(applications, 'søknad', 'søknader')} har personopplysninger som kan fjernes.`,
    remove: 'Fjern personopplysninger',
    confirmTitle: 'Fjerne personopplysningene?',
    confirmBody: (organisations: number, applications: number) =>
      `Kontaktopplysninger og kontonumre fjernes fra ${count(organisations, 'organisasjon', 'organisasjoner')} og kontaktpersonen på asylmottaket fra ${count(applications, 'søknad', 'søknader')}, både i sakene og i endringsloggen. Dette kan ikke angres. Ta gjerne en sikkerhetskopi først, og slett den når den ikke trengs lenger.`,
    confirm: 'Fjern dem',
    failed: 'Personopplysningene ble ikke fjernet. Ingenting er endret.',
    done: (organisations: number, applications: number, entries: number) =>
      `Fjernet fra ${count(organisations, 'organisasjon', 'organisasjoner')}, ${count(applications, 'søknad', 'søknader')} og ${count(entries, 'oppføring', 'oppføringer')} i endringsloggen.`,
    chainChecked: (entries: number) => `Endringsloggens kjede er kontrollert etterpå og henger sammen (${entries} oppføringer).`,
    chainBroken: (reason: string) => `Endringsloggens kjede er kontrollert etterpå og er brutt: ${reason}`,
  },
} as const;

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

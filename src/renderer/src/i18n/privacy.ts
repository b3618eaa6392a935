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
        'Programmet sletter ikke opplysninger av seg selv. Saksdokumentene er en del av kommunens arkiv, og arkivreglene bestemmer hvor lenge de skal bevares; avklar med kommunens arkivtjeneste. I skrivebordsprogrammet slettes automatiske sikkerhetskopier ut over det antallet du har valgt (standard 14).',
      ],
    },
    {
      heading: 'Slik fjerner du opplysningene',
      paragraphs: [
        'Skrivebordsprogrammet: avinstaller programmet og slett datamappen og mappen med sikkerhetskopier.',
        'Nettleseren: slett nettstedsdata for dette nettstedet i nettleserens innstillinger, og slett nedlastede sikkerhetskopier.',
        'Vil du beholde saken, men fjerne én persons opplysninger, retter du dem på organisasjonen. Merk at endringsloggen beholder tidligere verdier, slik at det kan etterprøves hva som ble endret.',
      ],
    },
  ],
} as const;

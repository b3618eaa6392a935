// The 20 municipalities of the 2020 scheme with their contacts ("Kontakt i kommunene").
// id is the kommunenummer valid from 2024.
import type { Municipality } from '@renderer/domain/municipality';

export const MUNICIPALITIES: readonly Municipality[] = [
  { id: '4203', name: 'Arendal', contactPerson: 'Ina Cecilie Jørgensen', email: 'ina.cecilie.jorgensen@arendal.kommune.no', phone: '99 69 39 75' },
  { id: '4601', name: 'Bergen', contactPerson: 'Sølve Sætre', email: 'solve.saetre@bergen.kommune.no', phone: '95 76 31 65' },
  { id: '1804', name: 'Bodø', contactPerson: 'Merethe Wie Sandbakk', email: 'mws@bodo.kommune.no', phone: '41 68 04 46' },
  { id: '3201', name: 'Bærum', contactPerson: 'Nina Kolbjørnsen', email: 'nina.kolbjornsen@baerum.kommune.no', phone: '97 10 57 39' },
  { id: '3301', name: 'Drammen', contactPerson: 'Ranveig van Der Meij', email: 'ranveig.van.der.meij@drmk.no', phone: '91 71 95 46' },
  { id: '3107', name: 'Fredrikstad', contactPerson: 'Anders Tangen', email: 'taan@fredrikstad.kommune.no', phone: '97 09 07 03' },
  { id: '3407', name: 'Gjøvik', contactPerson: 'Solveig Rønningen', email: 'solveig.ronningen@gjovik.kommune.no', phone: '95 05 63 78' },
  { id: '3403', name: 'Hamar', contactPerson: 'Wenche Haslie', email: 'wenche.haslie@hamar.kommune.no', phone: '98 69 61 17' },
  { id: '4204', name: 'Kristiansand', contactPerson: 'Jørgen Skauge', email: 'jorgen.skauge@kristiansand.kommune.no', phone: '45 28 66 04' },
  { id: '3205', name: 'Lillestrøm', contactPerson: 'Nina Langfeldt', email: 'nila03@lillestrom.kommune.no', phone: '93 21 07 50' },
  { id: '0301', name: 'Oslo', contactPerson: 'Toralv Moe', email: 'toralv.moe@byr.oslo.kommune.no', phone: '92 26 19 62' },
  { id: '3907', name: 'Sandefjord', contactPerson: 'Øyvind Rivrud', email: 'oyvind.rivrud@sandefjord.kommune.no', phone: '92 26 01 70' },
  { id: '1108', name: 'Sandnes', contactPerson: 'Liv M. R. Pedersen', email: 'liv.pedersen@sandnes.kommune.no', phone: '92 63 30 09' },
  { id: '3105', name: 'Sarpsborg', contactPerson: 'Marit Pedersen', email: 'marit.pedersen@sarpsborg.com', phone: '48 17 98 01' },
  { id: '4003', name: 'Skien', contactPerson: 'Caroline Wahlstrøm', email: 'caroline.wahlstrom@skien.kommune.no', phone: '95 93 74 26' },
  { id: '1103', name: 'Stavanger', contactPerson: 'Jurgita Kristiansen', email: 'jurgita.kristiansen@stavanger.kommune.no', phone: '90 56 42 07' },
  { id: '5501', name: 'Tromsø', contactPerson: 'Evariste Nshimiyimana', email: 'evariste.nshimiyimana@tromso.kommune.no', phone: '95 03 54 18' },
  { id: '5001', name: 'Trondheim', contactPerson: 'Stine Kvam', email: 'stine.kvam@trondheim.kommune.no', phone: '95 26 32 70' },
  { id: '3905', name: 'Tønsberg', contactPerson: 'Caroline Mydland', email: 'caroline.mydland@tonsberg.kommune.no', phone: '46 41 51 47' },
  { id: '1508', name: 'Ålesund', contactPerson: 'Bernt Are Wiig', email: 'bernt.are.wiig@alesund.kommune.no', phone: '92 09 39 06' },
];

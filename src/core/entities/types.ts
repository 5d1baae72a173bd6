/**
 * Entity types: the tagger's four labels mapped to the product's types, refined where the name's
 * own head word says more ("Lincoln Memorial Center" is a facility, "Winter Olympics" an event).
 */
import type { EntityType, Token } from '../types';
import type { NerLabel } from '../ner/tagger';
import { startsLower, startsUpper } from '../nlp/letters';
import { identityKey, isLegalDesignator } from './identity';
import { isBusinessWord } from './companies';
import { isHyphen } from './words';
import { isUsState } from './washington';
import { KOREAN_GIVEN_NAME } from './surnames';
import { isTitleWord } from './titles';
import { BILL_CODE } from '../time/patterns';
import { countryOfDemonym } from './owners';
import { COUNTRY, FIRST_NAME, LAST_NAME, ORG_WORD, PLACE_NAME } from '../ner/gazetteer';
import { isCommonWord, isOrganizationWord, isPersonWord, isSometimesLowerCase, isUsuallyLowerCase, nameLists } from '../ner/tagger';

const FROM_LABEL: Readonly<Record<NerLabel, EntityType>> = { PER: 'PERSON', ORG: 'ORG', LOC: 'PLACE', MISC: 'MISC' };

/** Last words of facility names, streets included. */
const FACILITY_HEADS = new Set(
  `center centre airport airfield station bridge stadium arena hospital clinic port harbor harbour
  base cosmodrome spaceport tower building palace castle museum library prison jail dam tunnel
  terminal plant refinery mine observatory laboratory lab hall theatre theater cathedral church
  mosque temple synagogue school highway motorway railway park square courthouse embassy
  consulate hotel mall gym playfield street road avenue boulevard way place drive reservoir cave campus parkway
  lane expressway freeway pier wharf warehouse ballroom amphitheatre amphitheater auditorium pavilion coliseum colosseum
  velodrome racecourse racetrack speedway sanctuary conservancy basilica chapel abbey shrine monastery convent priory dome
  capitol garage depot infirmary guildhall fairground fairgrounds showground showgrounds gallery halt works minster quarry farm
  resort spa lodge lighthouse foyer statehouse interchange pool lido playhouse raceway quay breakwater terrace crescent
  flyover overpass underpass viaduct gyratory roundabout bypass interconnector`.split(/\s+/),
);

/** Facility kinds that open names in other languages. */
const FACILITY_FIRST = new Set(['Flughafen', 'Aéroport', 'Aeroport', 'Aeropuerto', 'Aeroporto', 'Lotnisko', 'Luchthaven', 'Estadio', 'Stade', 'Stadio', 'Gare', 'Estación', 'Stazione', 'Bahnhof', 'Hôpital', 'Ospedale', 'Clínica', 'Clinique', 'Palácio', 'Palacio', 'Palais', 'Palazzo', 'Avenida', 'Rua', 'Calle', 'Arena', 'Ponte', 'Puente', 'Pavillon', 'Salle', 'Gasthof', 'Gasthaus', 'Musée', 'Museo', 'Teatro', 'Théâtre', 'Schloss', 'Castello']);

/**
 * Facility heads that also end the names of the institutions housed there ("Harvard Medical
 * School", "Carter Center", "U.S. Embassy"): when the tagger says organization, it stands.
 */
const INSTITUTION_HEADS = new Set(
  `center centre hospital clinic museum library laboratory lab school embassy consulate church cathedral
  mosque temple synagogue hotel theatre theater observatory infirmary gallery conservancy`.split(/\s+/),
);

/** Institutions named as the buildings people are taken to, treated or read in: the building, unless they speak ("Hospital said"). */
const CARE_BUILDINGS = new Set(['hospital', 'infirmary', 'library']);

/**
 * What a centre that is a building hosts or serves: "Convention Centre", "Exhibition Center", "Municipal Center", "Leisure Centre",
 * "Distribution Center", "Arts Centre", "Aquatic Center".
 */
const VENUE_CENTRES =
  /^(?:Convention|Exhibition|Conference|Congress|Events?|Detention|Data|Municipal|Civic|Community|Leisure|Sports|Recreation|Visitor|Visitors|Distribution|Processing|Mail|Transit|Tennis|Equestrian|Arts|Aquatic|Aquatics|Broadcast)$/;
/** … and one of care, training or memory, no agency's centre of work ("Medical Center", "Rescue Centre"; not "Cyber Security Centre"). */
const CARE_CENTRES = /^(?:Medical|Health|Trauma|Cancer|Dialysis|Vaccination|Donor|Rehabilitation|Training|Memorial|Heritage|Shopping|Garden|Youth|Rescue|Evacuation|Recovery)$/;

/** A facility's last word: "Square", "Bridge", "Stadium". */
export function isFacilityHead(word: string): boolean {
  return FACILITY_HEADS.has(word.toLowerCase());
}

/** A head of the names of institutions housed in a building: "School", "Hospital", "Church", "College". */
export function isInstitutionHead(word: string): boolean {
  const lower = word.toLowerCase();
  return INSTITUTION_HEADS.has(lower) || lower === 'college' || lower === 'academy' || lower === 'university';
}

/**
 * A "person" ending in a facility word that is no surname is that facility: "Davis Gym",
 * "Bobby Morris Playfield", "W. Fenwick St."; "Robert Hall" stays a person, and so do "Daniel Park"
 * and "Ji-hoon Park", a given name before the Korean surname no list has.
 */
/** A capitalized word, then two surnames of the lists joined by a hyphen, no body's or business's word among them. */
function isDoubleSurnamed(words: readonly string[]): boolean {
  if (words.length !== 4 || !isHyphen(words[2]) || !/^\p{Lu}\p{Ll}+$/u.test(words[0])) return false;
  const lists = nameLists();
  const surname = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && (lists.lookup(w.toLowerCase()) & (LAST_NAME | ORG_WORD | PLACE_NAME)) === LAST_NAME && !isBusinessWord(w);
  return surname(words[1]) && surname(words[3]) && !(lists.lookup(words[0].toLowerCase()) & (ORG_WORD | PLACE_NAME)) && !isBusinessWord(words[0]);
}

function isNamedFacility(words: readonly string[]): boolean {
  const head = words[words.length - 1];
  const lower = head.toLowerCase();
  const given = words.slice(0, -1).join('');
  if (head === 'Park' && (KOREAN_GIVEN_NAME.test(given) || (words.length === 2 && (nameLists().lookup(given.toLowerCase()) & (FIRST_NAME | PLACE_NAME)) === FIRST_NAME))) return false;
  return words.length >= 2 && startsUpper(head) && ((FACILITY_HEADS.has(lower) && !(nameLists().lookup(lower) & LAST_NAME)) || STREET_ABBREVIATIONS.test(head));
}


/** Streets' words as addresses abbreviate them, last in a name: "Fenwick St.", "Halden Ave.", "Main Blvd". */
const STREET_ABBREVIATIONS = /^(?:St|Ave|Rd|Blvd|Pkwy|Hwy)\.?$/;

/**
 * Last words of event names (only when capitalized, as part of a name). A storm's kind comes first
 * ("Typhoon Haiyan", isNamedStorm); last it names other things ("Volt Typhoon", a hacking group).
 */
const EVENT_HEADS = new Set(
  `war olympics games summit meeting cup championship championships festival conference congress election
  elections revolution uprising crisis massacre earthquake tournament
  open grand prix gp marathon expo fair world-cup bowl convention show regatta stakes hurdle handicap derby races guineas
  steeplechase invitational rally gala competition contest carnival fete rodeo stampede classic fest days swim sale series finals race sculls sprints`.split(/\s+/),
);

/** Events' last words that are no surnames (not "Fair", "Sale", "Derby" or "Bowl"). */
const NO_SURNAME_EVENT_HEADS = /^(?:Cup|Festival|Championships?|Tournament|Regatta|Marathon|Expo|Rodeo|Gala|Carnival|Series|Finals|Sculls|Sprints)$/;

/** "the Dovern Harvest Lantern Parade": a parade named in three words or more ("Marine Parade", "Grand Parade" are streets). */
export function isParadeName(words: readonly string[]): boolean {
  return words.length >= 3 && words[words.length - 1] === 'Parade';
}

/** First words of events named by their kind before a place or a subject ("Tour de France", "Festival of Geology"). */
const EVENT_FIRST = new Set(['Tour', 'Giro', 'Vuelta', 'Volta', 'Ronde', 'Festival', 'Battle', 'Siege', 'Fiesta', 'Feria', 'Festa', 'Fête', 'Carnaval']);
/** … and the word after it: "de", "of", "a", "Down" ("Tour Down Under"), "d'Italia", "delle" ("Giro delle Valli"), "van" ("Ronde van Drenthe"). */
const EVENT_FIRST_LINK = /^(?:de|du|des|of|a|del|della|delle|dei|di|van|Down)$|^d['’]\p{Lu}/u;

export function isEventFirstLink(word: string): boolean {
  return EVENT_FIRST_LINK.test(word);
}

/** Words that open the names of days the world or a nation marks: "World Book Day", "International Women's Day". */
const OBSERVANCE_FIRST = /^(?:World|International|National|Global|European|Universal)$/;

export function isObservanceFirst(word: string): boolean {
  return OBSERVANCE_FIRST.test(word);
}

/** Names an event's kind may follow in its name: "Fenland Festival of Karting". */
export const MAX_EVENT_LEAD = 2;

/** "Tour", "Festival", "Battle": a word that names an event's kind before what it is of. */
export function isEventFirst(word: string): boolean {
  return EVENT_FIRST.has(word);
}

/** Heads of bodies' names before what they are of ("Office of Rail and Road", "the Municipality of Port Wellan"). */
export const BODY_OF = /^(?:Office|Ministry|Department|Institute|Bureau|Council|Commission|Agency|Authority|Board|Society|Association|Federation|Confederation|Union|Organisation|Organization|Chamber|Jury|Tribunal|Court|Committee|Directorate|Secretariat|Municipality)$/;

/** Last words of broadcasters' names. */
const BROADCASTER_HEADS = /^(?:Radio|Television|TV|FM)$/;
/** Last words of public bodies named after their place ("Union" names countries too: "Soviet Union"). */
const PUBLIC_BODY_HEADS = /^(?:Court|Council|Commission|Board|Committee|Authority|Tribunal|Ministry|Agency|Bureau|Directorate)$/;

/** Plural nouns for people that head campaigning groups' names: "Citizens for a Clean Basin", "Parents Against Cuts". */
const PEOPLE_GROUP_HEADS = /^(?:Residents|Neighbors|Neighbours|Citizens|Parents|Mothers|Fathers|Families|Voters|Taxpayers|Friends|Scientists|Doctors|Physicians|Lawyers|Students|Women|Veterans|Nurses|Teachers)$/;

export function isPeopleGroupHead(word: string): boolean {
  return PEOPLE_GROUP_HEADS.test(word);
}

/** Last words of laws' and treaties' names: "Clean Air Act", "Paris Accord". */
const LAW_HEADS = /^(?:Act|Bill|Charter|Treaty|Convention|Accord|Protocol|Pact|Directive|Regulations?|Ordinance|Decree|Statute)$/;

/** Whether a word ends a law's or a treaty's name. */
export function isLawHead(word: string): boolean {
  return LAW_HEADS.test(word);
}

/** A numeral after an event's head: "World War II", "World War Two", "Vatican II", "Apollo 11". */
const ORDINAL_AFTER = /^(?:[IVX]+|\d+|One|Two)$/;

/** A capitalized word that can end an event's name ("War", "Olympics", "Summit"). */
export function isEventHead(word: string): boolean {
  return startsUpper(word) && EVENT_HEADS.has(word.toLowerCase());
}

/**
 * Event heads that also end the names of bodies ("African National Congress", "Southeastern
 * Conference"): there the tagger's organization label stands.
 */
const BODY_EVENT_HEADS = new Set(['congress', 'conference']);

/** An event's head that may name a standing body too: "Congress", "Conference" ("the Bishops' Conference"). */
export function isBodyEventHead(word: string): boolean {
  return BODY_EVENT_HEADS.has(word.toLowerCase());
}

/** Lower-case nouns of facilities after the name they bear (not a company's "plant" or "mine"). */
const FACILITY_AFTER = new Set(['airport', 'hospital', 'stadium', 'bridge', 'highway', 'dam', 'prison', 'station', 'cathedral', 'museum', 'terminal', 'refinery', 'pub', 'inn', 'tavern']);

/** Heads of bodies that operate craft, before a craft's noun: "a Royal Kelmar Navy frigate", "a Kelmar Airways jet". */
const OPERATOR_HEADS = /^(?:Navy|Army|Force|Forces|Corps|Guard|Marines|Airlines|Airways)$/;

/** A lower-case noun of a facility after the name it bears: "airport" in "the Aurelio Castan airport". */
export function isFacilityNoun(word: string): boolean {
  return FACILITY_AFTER.has(word);
}

/** What a power station's noun may follow: "the Hollins Ness B power station", "the Torness nuclear plant". */
const POWER_MODIFIERS = /^(?:power|nuclear|generating|coal-fired|gas-fired|oil-fired|hydroelectric|hydro|geothermal)$/;
/** A power station's noun, which names even a one-word facility ("the Drax power station"). */
const POWER_STATION = 'power station';

/** The word after a name that says its kind: the next token's text, or "power station" for "nuclear power plant". */
export function kindAfter(tokens: readonly { text: string }[], end: number): string | undefined {
  let i = end;
  while (i < end + 2 && POWER_MODIFIERS.test(tokens[i]?.text ?? '')) i++;
  return i > end && /^(?:station|plant)$/.test(tokens[i]?.text ?? '') ? POWER_STATION : tokens[end]?.text;
}

/** Last words of the names of treaties and declarations ("Paris Agreement", "Quito Declaration"). */
const DOCUMENT_HEADS = ['treaty', 'accord', 'accords', 'protocol', 'declaration', 'compact', 'pact', 'charter', 'agreement', 'code'];
const DOCUMENT_HEAD_SET = new Set(DOCUMENT_HEADS);

/** A capitalized word that ends a treaty's or declaration's name. */
export function isDocumentHead(word: string): boolean {
  return startsUpper(word) && DOCUMENT_HEAD_SET.has(word.toLowerCase());
}

/**
 * Last words of the names of laws, treaties and awards ("Defense Production Act", "Paris Accord",
 * "Nobel Prize"): other names, not bodies.
 */
const AWARD_HEADS = ['prize', 'award', 'awards', 'medal', 'trophy', 'salver'];
const AWARD_HEAD_SET = new Set(AWARD_HEADS);
const OTHER_NAME_HEADS = new Set(['act', 'bill', 'amendment', 'doctrine', 'index', ...AWARD_HEADS, ...DOCUMENT_HEADS]);

/** A capitalized word that ends an award's name: "Golden Girder Award", "Pell Literary Prize". */
export function isAwardHead(word: string): boolean {
  return startsUpper(word) && AWARD_HEAD_SET.has(word.toLowerCase());
}

/** Lower-case nouns that make a law of the person named before them ("the so-called Ferrante law"). */
const LAW_NOUNS = new Set(['law', 'laws', 'act', 'bill', 'amendment', 'doctrine']);

/**
 * Whether the tokens `start`..`end`, a person's name to the tagger, name a law with the noun after
 * them, "the" or "so-called" before: "the Ferrante law", "the so-called Ruiz doctrine".
 */
export function namesLaw(tokens: readonly Token[], start: number, end: number): boolean {
  const before = /^["“‘']$/.test(tokens[start - 1]?.text ?? '') ? start - 2 : start - 1;
  return LAW_NOUNS.has(tokens[end]?.text ?? '') && /^(the|called)$/i.test(tokens[before]?.text ?? '');
}

/**
 * Words that open Arabic place names and no person's ("El Obeid", "Umm Qasr", "Deir el-Balah",
 * "Beit Hanoun", "Wadi Halfa"): a "person" named so is a place, or an organization by its
 * neighbours ("El Nuevo Herald" is not a place either way).
 */
/**
 * A listed place that no list has as a given name or surname, and whose nearest words are no
 * people's ("Warsaw"; not "Jordan", "Florence", nor "Bush", a town's name too).
 */
export function isPlaceOnly(word: string): boolean {
  const bits = nameLists().lookup(word.toLowerCase());
  return (bits & PLACE_NAME) !== 0 && (bits & (FIRST_NAME | LAST_NAME)) === 0 && !isCommonWord(word) && !isPersonWord(word);
}

const ROMANCE_BODY_FIRST = new Set(
  `Grupo Banco Compañía Companhia Empresa Sociedad Sociedade Fundación Fundação Instituto Partido Frente Movimiento Movimento
  Alianza Aliança Unión União Confederación Federación Asociación Associação Consejo Conselho Tribunal Corte Comisión Comissão
  Unidos Juntos Fuerza Acción Renovación Somos Constructora Construtora Inversiones Empresas Industrias Corporación Fundacion
  Agencia Autoridad Superintendencia Ministerio Secretaría Dirección Servicio Oficina Fiscalía Procuraduría Contraloría Defensoría
  Cámara Câmara TV Radio Rádio Televisión Televisão Jornal Diario Diário Folha Periódico Revista
  Universidad Universidade Università Université Universität Universiteit Hochschule Galerie Galería Galeria Galleria
  Fédération Confédération Société Syndicat Comité Conseil Chambre Banque Caisse Groupe Federazione Confederazione
  Associazione Banca Consiglio Società Unione Istituto`.split(/\s+/),
);

/** "Frente", "Banco", "Banque", "Palácio": a word a Spanish, Portuguese, French or Italian body's or building's name opens with. */
export function isRomanceBodyHead(word: string): boolean {
  return ROMANCE_BODY_FIRST.has(word) || FACILITY_FIRST.has(word);
}

const PLACE_PREFIXES = new Set(['El', 'Um', 'Umm', 'Wadi', 'Deir', 'Beit', 'Kafr', 'Jebel', 'Jabal', 'Ras', 'Tell']);

/**
 * "Al Jazeera", "Al Arabiya": the Arabic article before a word whose neighbours name organizations
 * is an outlet's or a group's name, not a person called Al ("Al Franken": a surname).
 */
function isArabicArticleName(words: readonly string[]): boolean {
  return words.length === 2 && /^(?:Al|El)$/.test(words[0]) && !(nameLists().lookup(words[1].toLowerCase()) & LAST_NAME) && isOrganizationWord(words[1]);
}

/** Last words of the names of a place's bodies ("City Council", "County Commission", "State Police", "Korea Exchange"). */
const PLACE_BODY_HEADS = new Set(['council', 'commission', 'committee', 'ministry', 'department', 'agency', 'authority', 'assembly', 'legislature', 'senate', 'parliament', 'board', 'police', 'constabulary', 'exchange', 'hospice', 'trust', 'foundation', 'charity', 'association', 'society', 'institute']);

/**
 * Last words of newspaper names ("Houston Chronicle", "Austin American-Statesman"): such a name
 * is an organization whatever the tagger called it, a person included.
 */
const PUBLICATION_HEADS = new Set(
  `chronicle tribune gazette journal times herald statesman telegraph examiner observer inquirer
  ledger dispatch courier bulletin monitor weekly daily digest standard mirror express sentinel globe clarion post star mail
  beacon argus echo advertiser noticias notícias guardian today insider mercury gleaner courant enquirer bugle citizen
  recorder spectator register voice press monthly quarterly`.split(/\s+/),
);

/** A word that ends newspaper names, in any case ("Courier", "COURIER"). */
export function isPublicationHead(word: string): boolean {
  return PUBLICATION_HEADS.has(word.toLowerCase());
}

/** Bodies' last words the name lists lack: "Nigerian Exchange", "Japanese Trade Union Confederation", "Writers' Guild". */
const MORE_BODY_HEADS = new Set(['exchange', 'confederation', 'guild', 'cooperative', 'co-operative', 'network', 'forum']);

/** A country's institutions every country has: "the Iranian Government" names no body of its own. */
const STATE_HEADS = new Set(['government', 'army', 'navy', 'military', 'police', 'cabinet', 'parliament', 'regime', 'embassy']);

/** A body's last word: "Council", "Federation", "Exchange" (not "Government"). */
export function isBodyHead(word: string): boolean {
  const lower = word.toLowerCase();
  return !STATE_HEADS.has(lower) && (MORE_BODY_HEADS.has(lower) || (nameLists().lookup(lower) & ORG_WORD) !== 0);
}

/**
 * Last words of sports clubs' names, each naming a club whatever comes before it ("Dunmore Rovers",
 * "Carrow Albion", "Ashby Harriers", "Kvarnby IK"); "Town" only after a listed place that is no town of that name
 * ("Ipswich Town", not "Cape Town").
 */
const CLUB_HEADS = new Set(['rovers', 'wanderers', 'athletic', 'albion', 'hotspur', 'rangers', 'united', 'fc', 'afc', 'harriers', 'striders', 'ac', 'ik', 'if', 'bk', 'sk', 'ff']);

function isClubName(words: readonly string[]): boolean {
  const head = words[words.length - 1];
  if (words.length < 2 || !startsUpper(head) || words.some((w) => startsLower(w))) return false;
  if (CLUB_HEADS.has(head.toLowerCase())) return !/^(?:United|The)$/.test(words[0]);
  const lists = nameLists();
  return head === 'Town' && (lists.lookup(words.slice(0, -1).join(' ').toLowerCase()) & PLACE_NAME) !== 0 && !(lists.lookup(words.join(' ').toLowerCase()) & PLACE_NAME);
}

/** Towns' last words that end no other names: "Ravel Falls", "Harlow Springs" (not "Creek" or "City"). */
const TOWN_ONLY_HEADS = new Set(['springs', 'falls', 'heights', 'junction', 'rapids']);
const TOWN_HEADS = new Set([...TOWN_ONLY_HEADS, 'township', 'creek', 'city', 'harbor', 'harbour', 'lakes', 'islands', 'isles', 'plains']);

/** Who may own a numbered road, before its kind: "County Road 9", "State Route 14". */
export function isRoadOwner(word: string): boolean {
  return /^(?:State|County|Farm|Provincial)$/.test(word);
}

/** Whether a place list has the town of the saint named `name`, as "Saint", "St." or "St" writes it. */
function isSaintsTown(name: string): boolean {
  const lower = name.toLowerCase();
  return ['saint', 'st.', 'st'].some((saint) => (nameLists().lookup(`${saint} ${lower}`) & PLACE_NAME) !== 0);
}

/** A town's last word, capitalized: "Falls" of "Ashworth Falls", "Springs" of "Harlow Springs". */
export function isTownHead(word: string): boolean {
  return startsUpper(word) && TOWN_HEADS.has(word.toLowerCase());
}

/** A town's last word, capitalized, that ends no other name: "Falls", not "City". */
export function isTownOnlyHead(word: string): boolean {
  return startsUpper(word) && TOWN_ONLY_HEADS.has(word.toLowerCase());
}

/** Plural last words of place names ("United States", "Niagara Falls", "Cayman Islands"). */
const PLACE_PLURALS = new Set(
  `states islands isles falls heights springs hills mountains lakes rapids keys plains highlands
  emirates antilles alps andes rockies everglades sands gardens woods mills palms meadows pines oaks
  flats shores banks fields territories provinces`.split(/\s+/),
);

/**
 * A team or company named after its home: a known place, then a capitalized plural that is no
 * surname and no place word ("Baltimore Colts", "China Airlines", "Houston Rockets"). Not "Austin
 * Roberts" (a surname), "Niagara Falls" (a place word), nor "Roy Hallums" (a first name that is no listed place).
 */
function isPlaceAndPlural(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const last = words[words.length - 1];
  const lower = last.toLowerCase();
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || PLACE_PLURALS.has(lower)) return false;
  const lists = nameLists();
  if (lists.lookup(lower) & (FIRST_NAME | LAST_NAME) || lists.lookup(words.join(' ').toLowerCase()) & PLACE_NAME) return false;
  // A first word that is also a given name needs a plural of an English word after it: "Houston Rockets", not "Roy Hallums".
  const first = lists.lookup(words[0].toLowerCase());
  if (first & FIRST_NAME && !(first & PLACE_NAME && isUsuallyLowerCase(lower))) return false;
  return (lists.lookup(words.slice(0, -1).join(' ').toLowerCase()) & PLACE_NAME) !== 0;
}

const NOBLE_TITLES = new Set(['Duke', 'Duchess', 'Prince', 'Princess', 'Earl', 'Countess', 'Marquess', 'Baron', 'Baroness', 'Viscount']);

/** "Kingdom of Württemberg", "Republic of Kelmar": a state named by its form of government is a place. */
const STATE_WORDS = new Set(['Kingdom', 'Republic', 'Empire', 'Duchy', 'Principality', 'Emirate', 'Sultanate', 'Khanate']);

/** Religions and doctrines ("Islam", "Buddhism", "Marxism"): other names, never places or bodies. */
function isDoctrine(word: string): boolean {
  return word === 'Islam' || /^\p{Lu}\p{Ll}{2,}ism$/u.test(word);
}

const STORM_WORDS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Windstorm', 'Superstorm']);
const STORM_KINDS = new Set(['Tropical', 'Winter', 'Super']);

/** "Hurricane", "Typhoon": a word that names a storm's kind before its name. */
export function isStormWord(word: string): boolean {
  return STORM_WORDS.has(word);
}

/** "Tropical" of "Tropical Storm": a word before a storm word. */
export function isStormKind(word: string): boolean {
  return STORM_KINDS.has(word);
}

/** "Severe" of "Severe Tropical Cyclone": a storm's grade before its kind. */
export function isStormGrade(word: string | undefined, kind: string | undefined): boolean {
  return word === 'Severe' && kind !== undefined && STORM_KINDS.has(kind);
}

/** "Hurricane Katrina", "Tropical Storm Rita": storms have people's names but are events. */
function isNamedStorm(words: readonly string[]): boolean {
  return stormNameOf(words) !== undefined;
}

/** The name of "Hurricane Beryl", "Tropical Storm Ana Maria", "TC Kalota": the words after the storm's kind. */
export function stormNameOf(words: readonly string[]): string | undefined {
  // (… after its grade too: "Severe Tropical Cyclone Marlowe".)
  const graded = isStormGrade(words[0], words[1]) ? 1 : 0;
  const at = STORM_KINDS.has(words[graded]) ? graded + 1 : 0;
  // "TC Kalota": a tropical cyclone abbreviated, before one name no company's word ("TC Energy" is a company).
  const abbreviated = words[at] === 'TC' && words.length === at + 2 && /^\p{Lu}\p{Ll}+$/u.test(words[at + 1]) && !isBusinessWord(words[at + 1]);
  return words.length > at + 1 && (STORM_WORDS.has(words[at]) || abbreviated) ? words.slice(at + 1).join(' ') : undefined;
}

/** Nouns that, right after a name, say the name is a product ("Falcon 9 rocket", "Pixel phone"). */
const PRODUCT_NOUNS = new Set(
  `spacecraft rocket capsule satellite telescope phone smartphone handset tablet laptop notebook
  computer console car sedan truck jet aircraft airliner plane helicopter drone missile vaccine drug
  software app browser chip processor lander probe launcher booster orbiter submarine frigate model turbine`.split(/\s+/),
);

const MODEL_NUMBER = /^(?:\p{Lu}+\d[\p{L}\d]*(?:-\d[\p{L}\d]*)?|\p{Lu}{2,}-\d+s?|\p{Lu}-\d{2,}\p{Lu}?|\d+(?:\.\d+)?\p{Lu}+)$/u;

/** A model designation after a name: "Q10", "A380", "800G", "1.6T", "B350-1000s", "XR-97", "T-72X". */
export function isModelNumber(text: string): boolean {
  return MODEL_NUMBER.test(text);
}

/** Ships' prefixes: "USS Carl Vinson", "HMS Queen Elizabeth", "BRP Sierra Madre", "MV Ever Given". */
const SHIP_PREFIX = /^(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|CCGS|INS|BRP|RFS|ROKS|MV|RRS|RV)$/;

/** Whether a word is a ship's prefix, as written or in a key ("HMS", "hms"). */
export function isShipPrefix(word: string): boolean {
  return SHIP_PREFIX.test(word.toUpperCase()) && (word === word.toUpperCase() || word === word.toLowerCase());
}

/** Whether a number and its unit (two tokens: "10", "K") are a race's distance that ends its name: "the Carrowby 10K", "5km". */
export function isRaceDistance(number: string, unit: string): boolean {
  return /^\d{1,3}$/.test(number) && /^(?:K|km)$/.test(unit);
}

/** The nations of the United Kingdom, which the name lists hold as places, not countries. */
export const UK_NATION = /^(?:England|Scotland|Wales)$/;
/** Endings of adjectives that may stand before a country's name: "Continental Europe", "Communist China", "Imperial Japan". */
const ADJECTIVE_ENDING = /(?:al|ic|ian|ern|ese|ish|ist|ive|ous|ary|ful|less|ed)$/;

/**
 * A noun of a field or an activity alone before a country, no adjective nor an event's head: "Sport", "Parks", "Dogs" (not
 * "Communist", "Rally"; the caller rules out a place's parts: "Mid", "Mount").
 */
function isFieldNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word) && !ADJECTIVE_ENDING.test(word) && !EVENT_HEADS.has(word.toLowerCase()) && !(nameLists().lookup(word.toLowerCase()) & (PLACE_NAME | COUNTRY | FIRST_NAME));
}

/** A noun that names a kind of product ("rocket", "Telescope"). */
export function isProductNoun(word: string): boolean {
  return PRODUCT_NOUNS.has(word.toLowerCase());
}

/** Words a ballot measure's number or letters follow: "Proposition 212", "Prop 50", "Measure HH". */
export const BALLOT_MEASURE = /^(?:Proposition|Prop|Measure)$/;

/**
 * Type of a name given the tagger label, the name's words and the word right after it.
 * Facility and event heads must be capitalized, so "the airport" never makes "Smith" a facility.
 * A newspaper or a place-and-plural name overrides even a person label: the tagger calls
 * "Baltimore Colts" and "Austin American-Statesman" people.
 */
export function entityType(label: NerLabel, words: readonly string[], next: string | undefined): EntityType {
  const base = FROM_LABEL[label];
  if (words.length === 0) return base;
  // A bill's number comes after its head: "Senate Bill 87".
  const numbered = words.length >= 2 && /^\d+$/.test(words[words.length - 1]) && /^(?:Bill|Resolution)$/.test(words[words.length - 2]);
  // … and a law's year after "of": "the Inflation Reduction Act of 2022".
  const ofYear = words.length >= 3 && /^(?:19|20)\d\d$/.test(words[words.length - 1]) && words[words.length - 2] === 'of';
  const head = words[words.length - (ofYear ? 3 : numbered ? 2 : 1)];
  const capitalized = startsUpper(head);
  if (isNamedStorm(words)) return 'EVENT';
  // "the club's Golden Carabiner award", "the Silver Piton prize": a name before an award's noun is the award's.
  if (next !== undefined && AWARD_AFTER.test(next) && !words.every((w) => /^\p{Lu}+$/u.test(w))) return 'MISC';
  // "the Kellsby Today podcast", "on Kestrel Radio Breakfast": a broadcast programme (not its station's: "a BBC programme",
  // "the Kestrel Radio programme").
  if (next !== undefined && PROGRAMME_AFTER.test(next) && !words.some((w) => /^\p{Lu}+$|\d/u.test(w) || STATION_WORDS.test(w))) return 'MISC';
  if (words.length >= 2 && head === 'Breakfast') return 'MISC';
  // "the Kelby Prize for Fiction": an award named for what it rewards.
  const forAt = words.indexOf('for');
  if (forAt > 0 && isAwardHead(words[forAt - 1])) return 'MISC';
  // "Proposition 212", "Measure HH", "HB 2041": a ballot measure or a bill by its number or letters.
  if (words.length === 2 && (BALLOT_MEASURE.test(words[0]) || BILL_CODE.test(words[0])) && /^(?:\d+|\p{Lu}{1,2})$/u.test(words[1])) return 'MISC';
  // "Six Nations", "Tri Nations": a tournament by the count of its nations; "the Capitol": a legislature's building.
  if (words.length === 2 && /^(?:Two|Three|Four|Five|Six|Tri)$/.test(words[0]) && words[1] === 'Nations') return 'EVENT';
  if (words.length === 1 && head === 'Capitol') return 'FACILITY';
  // "Operation Ironwood", "Operation Blackthorn": a police or military operation by its code name.
  if (words.length >= 2 && words[0] === 'Operation' && startsUpper(words[1])) return 'EVENT';
  // "Highway 30", "U.S. Route 66": a road by its number, as streets are facilities; a county's by its letters too: "County Road K".
  if (words.length >= 2 && /^\d/.test(head) && (isNumberedRoadWord(words[words.length - 2]) || isNumberedBerthWord(words[words.length - 2]))) return 'FACILITY';
  if (words.length === 3 && isRoadOwner(words[0]) && /^(?:Road|Route|Highway)$/.test(words[1]) && /^\p{Lu}{1,2}\.?$/u.test(head)) return 'FACILITY';
  // "the M62", "the A684": a British road by its letter and number; "I-70" an Interstate.
  if (words.length === 1 && (isBritishRoadNumber(head) || isInterstateCode(head))) return 'FACILITY';
  // "COP30": a climate conference by its number; "Brexit", "Grexit": a country's exit.
  if (words.length === 1 && (/^COP\d{1,2}$/.test(head) || /^\p{Lu}\p{Ll}{1,3}exit$/u.test(head))) return 'EVENT';
  if (base === 'PLACE' && isContinentalBody(words)) return 'ORG';
  // (… and so is a legislature, whatever the tagger made of its seat: "Holyrood fell silent", "Stormont was recalled".)
  if (words.length === 1 && (AGENCY_NAMES.has(head.toLowerCase()) || isLegislatureName(head))) return 'ORG';
  // A country is a place, even where it acts ("Qatar says", "the United Arab Emirates agreed"), and
  // no person ("Rural Kenya suffers"; a surname's link makes "Jordan" of "Michael Jordan" one).
  // (… by its letters too: "UK", "U.S.".)
  if ((base === 'ORG' || base === 'PERSON') && (nameLists().lookup(words.join(' ').toLowerCase()) | nameLists().lookup(identityKey(words.join(' ')))) & COUNTRY) return 'PLACE';
  // "The Hague": a place listed with its article is that place.
  if (/^the$/i.test(words[0]) && nameLists().lookup(words.join(' ').toLowerCase()) & PLACE_NAME) return 'PLACE';
  if (words.length === 1 && isDoctrine(head)) return 'MISC';
  // "the Carrowby 10K", "Harbour 5km": a race by its distance, whatever the tagger said.
  if (words.length >= 3 && isRaceDistance(words.at(-2)!, head)) return 'EVENT';
  // "Vilnius Accord on Baltic Energy Security": a treaty's head before what it is on, a sea's name in it too
  // ("Convention on the Law of the Sea").
  if (words.some((w, i) => i > 0 && (isDocumentHead(w) || w === 'Convention') && /^(?:on|for|of)$/.test(words[i + 1] ?? ''))) return 'MISC';
  // "River Tamar", "Lake Vell", "Tawali River": a natural feature is a place, whatever the tagger said
  // (not "River Phoenix", nor what is named after one: "Mount Kelmar Hospital").
  // (Nor a body of one: "International Council for the Exploration of the Sea".)
  const institution = FACILITY_HEADS.has(head.toLowerCase()) || (nameLists().lookup(head.toLowerCase()) & ORG_WORD) !== 0;
  const bodyOf = words.some((w, i) => BODY_OF.test(w) && /^(?:on|for|of)$/.test(words[i + 1] ?? ''));
  // "Friends of Brackenford Lido", "Parents Against Cuts": a group of people for a cause is a body, whatever place or building it keeps.
  if (words.length >= 3 && isPeopleGroupHead(words[0]) && /^(?:of|for|[Aa]gainst)$/.test(words[1])) return 'ORG';
  // "Marlow County Circuit Court", "North Sea Radio": a public body or a broadcaster named after its place, whatever the tagger says.
  if (base === 'PLACE' && words.length >= 2 && (PUBLIC_BODY_HEADS.test(head) || BROADCASTER_HEADS.test(head))) return 'ORG';
  if (base !== 'PERSON' && words.length >= 2 && !bodyOf && (FEATURE_LAST.has(head) || (FEATURE_FIRST.has(words[0]) && !institution))) return 'PLACE';
  // "County Kerry", "Co. Clare": an Irish county by its kind first, whatever its name's other uses.
  // (Not its building or its body: "County Hall", "County Council".)
  if (words.length === 2 && COUNTY_FIRST.test(words[0]) && startsUpper(words[1]) && !institution) return 'PLACE';
  // "Curtis County", "Gregory Shoal": heads no person's name ends in, whatever its first word.
  if (words.length >= 2 && PLACE_ONLY_LAST.has(head) && !words.includes('of')) return 'PLACE';
  // "Emergency Management Victoria", "Safe Screens Ireland", "Sport England": common words naming what a body does before
  // the place it serves make a body (not "Greater Western Sydney", "Regional Victoria": parts of the place).
  if (base === 'PLACE' && isPlaceServingBody(words)) return 'ORG';
  // "Central Texas", "Northern California", "Greater Manchester": a part of a listed place is a place.
  if (words.length >= 2 && (COMPASS.has(words[0]) || PART_FIRST.test(words[0])) && nameLists().lookup(words.slice(1).join(' ').toLowerCase()) & PLACE_NAME) return 'PLACE';
  if (words.length >= 3 && words[1] === 'of' && STATE_WORDS.has(words[0])) return 'PLACE';
  // "the Duke of Kent", "the Princess of Wales": a noble title of a place is a person.
  if (words.length >= 3 && words.length <= 5 && words[1] === 'of' && NOBLE_TITLES.has(words[0]) && !INSTITUTION_HEADS.has(head.toLowerCase())) return 'PERSON';
  // "Grupo Serrano", "Banco Regional", "Banque Orsel": Spanish, Portuguese, French and Italian bodies put their kind first.
  if (words.length >= 2 && ROMANCE_BODY_FIRST.has(words[0])) return 'ORG';
  // "Flughafen München", "Aeropuerto de Barajas", "Stade de France": other languages put a facility's kind first.
  // (… and His Majesty's prisons: "HMP Saltmarsh".)
  if (words.length >= 2 && (FACILITY_FIRST.has(words[0]) || /^(?:HMP|HMYOI)$/.test(words[0]))) return 'FACILITY';
  // "Hospital San Isidro": a hospital named as Spanish names it (not "Hospital Authority", a body).
  // (… and "Hospital de Sant Roc", "Hotel Adlon", "Hostal Can Miquel": so named in Catalan, German, …)
  if (words.length >= 2 && /^(?:Hospital|Hotel|Hostal)$/.test(words[0]) && (startsUpper(words[1]) || /^(?:de|del|do|da|di)$/.test(words[1])) && !isBodyHead(head)) return 'FACILITY';
  // "Port of Beira", "Airport of Lima": a facility by its kind and the place it serves (a body where a
  // title follows: "the Port of Ostra president").
  if (words.length >= 3 && /^(?:Port|Airport|Harbour|Harbor)$/.test(words[0]) && words[1] === 'of' && !(next !== undefined && isTitleWord(next))) return 'FACILITY';
  // "Taiwan Semiconductor Manufacturing Co", "Lind Holdings Ltd": a legal form makes a company.
  if (words.length >= 2 && isLegalDesignator(head)) return 'ORG';
  if (isClubName(words)) return 'ORG';
  // "Parliament House", "Leinster House": a house named so is a building, whatever the tagger said (not the presidency news
  // names by its house, "the White House", nor a state's lower chamber, "Ohio House", nor a body named for what it
  // registers, "Companies House").
  if (capitalized && words.length >= 2 && head === 'House' && !/^(?:White|\p{Lu}\p{Ll}+s)$/u.test(words[0]) && !isUsState(words.slice(0, -1).join(' '))) return 'FACILITY';
  // "Peruvian Exchange": a nationality's name the tagger ran on over a body's words is the body's.
  if (base === 'MISC' && capitalized && words.length >= 2 && countryOfDemonym(words[0]) !== undefined && isBodyHead(head)) return 'ORG';
  // "Elliott Management", "Atlantic Records": a business word ends a company's name.
  if (capitalized && words.length >= 2 && isBusinessWord(head)) return 'ORG';
  // "Office of Rail and Road", "Commission for Postal Regulation", "National Jury of Elections": a body's head before what it
  // is of or for, whatever ends the name.
  const of = words.findIndex((w) => w === 'of' || w === 'for');
  if (of >= 1 && of <= 2 && of < words.length - 1 && BODY_OF.test(words[of - 1])) return 'ORG';
  if (capitalized && words.length >= 2 && OTHER_NAME_HEADS.has(head.toLowerCase())) return 'MISC';
  if (words.length >= 2 && head === 'Empire') return 'PLACE';
  // "Kelmar X9", "BeamLink 800G" (its tokens "800", "G"): a name ending in a model number is a product.
  const split = words.length >= 3 && /^\p{Lu}{1,2}$/u.test(head) && /^\d+(?:\.\d+)?$/.test(words[words.length - 2]);
  if (words.length >= 2 && (isModelNumber(head) || split) && base !== 'PERSON') return 'PRODUCT';
  // "James Webb Space Telescope", "Mars Rover": a name ending in a product noun is that product.
  if (capitalized && words.length >= 2 && isProductNoun(head) && !(nameLists().lookup(head.toLowerCase()) & LAST_NAME)) return 'PRODUCT';
  if (capitalized && words.length >= 2 && PUBLICATION_HEADS.has(lastPart(head).toLowerCase())) return 'ORG';
  // "San Marcos City Council": a place's body is no place.
  if (base === 'PLACE' && capitalized && words.length >= 2 && PLACE_BODY_HEADS.has(head.toLowerCase())) return 'ORG';
  // "the Aurelio Castan airport", "the Lindqvist Brenner hospital": a facility named after someone, its kind after it.
  if (next !== undefined && ((words.length >= 2 && FACILITY_AFTER.has(next)) || next === POWER_STATION) && !isBusinessWord(head)) return 'FACILITY';
  // "Singapore Maritime Week", "Kidney Week", "London Fashion Week": a week of events, whatever the tagger said.
  if (words.length >= 2 && head === 'Week' && capitalized && !/^(?:This|Next|Last)$/.test(words[0])) return 'EVENT';
  // "Linda Greenhouse-Park": a hyphenated surname, not a park.
  const hyphenated = words.length >= 3 && isHyphen(words[words.length - 2]);
  // "Kent Police", "Surrey Constabulary": a force named after its place, whatever given name the place is too.
  if (base === 'PERSON' && words.length >= 2 && /^(?:Police|Constabulary)$/.test(head)) return 'ORG';
  // "CPRE Kent", "UNICEF Australia": a body's letters of three or more before a place is its branch, no person.
  if (base === 'PERSON' && words.length === 2 && /^\p{Lu}{3,}$/u.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(words[1])) return 'ORG';
  if (base === 'PERSON' && PLACE_PREFIXES.has(words[0]) && words.length <= 3) return isArabicArticleName(words) ? 'ORG' : 'PLACE';
  // "Little Thornby", "Nether Wallop": an English village's prefix before a word that is no given name names no person.
  if (base === 'PERSON' && words.length === 2 && isVillageName(words[0], words[1])) return 'PLACE';
  // "Port Neil", "Fort William", "Mount Isa": a town's kind before any name.
  if (base === 'PERSON' && words.length === 2 && TOWN_KINDS_FIRST.test(words[0])) return 'PLACE';
  // "St. Paul", "St Albans": a saint's town, listed in any of the ways its "Saint" is written.
  if (base === 'PERSON' && words.length === 2 && /^(?:St\.?|Saint)$/.test(words[0]) && isSaintsTown(words[1])) return 'PLACE';
  // "Harlow Springs", "Cedar Falls", "Mill Creek": a town's last word names no person.
  if (base === 'PERSON' && words.length >= 2 && capitalized && TOWN_HEADS.has(head.toLowerCase())) return 'PLACE';
  // "Bola Adekunle-Ross": a word before a double surname both of whose parts the lists know as surnames is a person's name.
  if (base === 'ORG' && isDoubleSurnamed(words)) return 'PERSON';
  // "the club's Tenney Cup regatta": an event's head no surname is, whatever the tagger said.
  if (base === 'PERSON' && words.length >= 2 && NO_SURNAME_EVENT_HEADS.test(head)) return 'EVENT';
  // "Ann Arbor": a listed place whose last word no list has as a given name or surname names no person, whatever its first.
  if (base === 'PERSON' && words.length >= 2 && capitalized && nameLists().lookup(words.join(' ').toLowerCase()) & PLACE_NAME && !(nameLists().lookup(head.toLowerCase()) & (FIRST_NAME | LAST_NAME)) && !isCommonWord(head) && !isPersonWord(head)) return 'PLACE';
  if (base === 'PERSON') return isPlaceAndPlural(words) || isArabicArticleName(words) ? 'ORG' : !hyphenated && isNamedFacility(words) ? 'FACILITY' : base;
  // "Ji-hoon Park", whatever the tagger called it: a Korean given name before the family name.
  if (head === 'Park' && KOREAN_GIVEN_NAME.test(words.slice(0, -1).join(''))) return 'PERSON';
  // "Ikota Convention Centre": a centre of conventions is a building whatever the tagger says; a "Carter Center" an institution.
  const venue = words.length >= 3 && VENUE_CENTRES.test(words[words.length - 2]);
  // (… and a church named for its saint a building: "St Bevan's Church", "St Aldric's Cathedral".)
  const saints = /^(?:St\.?|Saint|Sainte|San|Santa|São)$/.test(words[0]) && /^(?:Church|Cathedral|Chapel|Basilica)$/.test(head);
  const care = CARE_BUILDINGS.has(head.toLowerCase()) || (words.length >= 3 && /^Cent(?:er|re)$/.test(head) && CARE_CENTRES.test(words[words.length - 2]));
  if (capitalized && words.length >= 2 && FACILITY_HEADS.has(head.toLowerCase()) && (venue || saints || care || !(base === 'ORG' && INSTITUTION_HEADS.has(head.toLowerCase())))) return 'FACILITY';
  // "Rally Sweden", "Rally Moldova": a rally by the country it is run in.
  if (words.length === 2 && words[0] === 'Rally' && nameLists().lookup(words[1].toLowerCase()) & (PLACE_NAME | COUNTRY)) return 'EVENT';
  if (isParadeName(words)) return 'EVENT';
  // "World Book Day", "International Women's Day": a day the world or a nation marks.
  if (words.length >= 3 && head === 'Day' && isObservanceFirst(words[0])) return 'EVENT';
  // "Tour de France", "Giro d'Italia", "Vuelta a España", "Festival of Geology", "Battle of Mosul": an event's kind first
  // (or after a name or two: "Fenland Festival of Karting").
  const kind = words.some((w, k) => k <= MAX_EVENT_LEAD && EVENT_FIRST.has(w) && EVENT_FIRST_LINK.test(words[k + 1] ?? ''));
  if (kind && !(next !== undefined && isTitleWord(next))) return 'EVENT';
  // "World War II": the head comes before a numeral.
  const eventHead = words.length >= 3 && ORDINAL_AFTER.test(head) ? words[words.length - 2] : head;
  // (Not a body of events: "Dalby County Board of Elections"; nor one for what the head names: "Directorate-General for Competition".)
  const domain = /^(?:for|on)$/.test(words[words.length - 2] ?? '');
  // (A product's line before its number is no series of events: "Aldous Series 9 cornets".)
  const line = head === 'Series' && /^\d/.test(next ?? '');
  if (!line && startsUpper(eventHead) && EVENT_HEADS.has(eventHead.toLowerCase()) && (words.length >= 2 || head === 'Olympics') && !(base === 'ORG' && BODY_EVENT_HEADS.has(eventHead.toLowerCase())) && !bodyOf && !domain) return 'EVENT';
  // A plural too after a model number ("Boeing 737 jets"); "Toyota cars" are the company's, and "a Royal Kelmar Navy
  // frigate" the navy's.
  if (base !== 'PLACE' && next !== undefined && (isProductNoun(next) || (/\d$/.test(head) && isProductNoun(next.replace(/s$/, '')))) && !(words.length >= 2 && (isBodyHead(head) || OPERATOR_HEADS.test(head)))) return 'PRODUCT';
  return isPlaceAndPlural(words) ? 'ORG' : base;
}

/** The part after the last hyphen: "American-Statesman" → "Statesman". */
function lastPart(word: string): string {
  return word.slice(word.lastIndexOf('-') + 1);
}

const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Nationality and demonym words ("Russian", "Americans", "Iraqi"): not places. They are left out
 * of the entities, like any adjective: a reader follows the country, not the adjective. Only
 * single words. A place's own name may end like a demonym ("Japan", "Oman"), so a word tagged as
 * a place needs a demonym ending that names rarely have, used as an adjective or a plural.
 */
export function isNationality(label: NerLabel, word: string, pos: string, next: string | undefined): boolean {
  if (label === 'PER' || label === 'ORG' || !CAPITALIZED_WORD.test(word)) return false;
  if (pos === 'ADJ') return true;
  if (label === 'MISC') return /(?:an|ans|ish|ic|i|is|ch|ese)$/.test(word) || countryOfDemonym(word) !== undefined;
  // Before a lower-case word or a title: "Chilean engineers", "Chilean President Ana Ruiz".
  const adjectival = next !== undefined && (startsLower(next) || isTitleWord(next));
  return /(?:ians|eans|ese)$/.test(word) || (adjectival && /(?:ian|ean|ish)$/.test(word));
}

/** An Irish county's kind before its name, in full or abbreviated. */
const COUNTY_FIRST = /^(?:County|Co\.?)$/;

/** Words that open or end the names of natural features. */
const FEATURE_FIRST = new Set(['River', 'Lake', 'Mount', 'Mt.', 'Gulf']);
const FEATURE_LAST = new Set(['River', 'Lake', 'Sea', 'Mountains', 'Valley', 'Desert', 'Strait', 'Gulf', 'Peninsula', 'Glacier', 'Basin']);

/** A last word of natural features' names, in any case: "Glacier", "river". */
export function isFeatureHead(word: string): boolean {
  const capitalized = word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
  return FEATURE_LAST.has(capitalized) || PLACE_ONLY_LAST.has(capitalized);
}

const PLACE_ONLY_LAST = new Set(
  `County Parish Province Prefecture Oblast Governorate Township Shoal Shoals Reef Atoll Archipelago Strait Peninsula Glacier
  Mountains Desert Ocean Canyon Plateau Peak Peaks Buttress Massif Volcano Gorge Escarpment Crater Icefall Fjord Cities`.split(/\s+/),
);

const COMPASS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central']);

/** "North", "Western": a compass word, which names parts of places and constituencies ("Wirral South"). */
export function isCompassWord(word: string): boolean {
  return COMPASS.has(word);
}
/** Words that make a part of a place, or a place with its surroundings, of the place after them: "Greater Manchester", "Lower Manhattan". */
const PART_FIRST = /^(?:Greater|Upper|Lower|Inner|Outer)$/;

/** Words that open English places' names: "Little Ashby", "Great Missenden", "Upper Heyford", "Greater Glasgow". */
const ENGLISH_PLACE_PREFIXES = new Set(['Little', 'Great', 'Greater', 'Upper', 'Lower', 'Nether', 'Old', 'East', 'West', 'North', 'South']);
/** Prefixes of English villages' names that no person's name opens with: "Little Thornby", "Nether Wallop". */
const VILLAGE_PREFIXES = /^(?:Little|Great|Upper|Lower|Nether)$/;

/** "Little Thornby", "Nether Wallop": an English village's prefix before a word that is no given name. */
export function isVillageName(prefix: string, name: string): boolean {
  return VILLAGE_PREFIXES.test(prefix) && /^\p{Lu}\p{Ll}+$/u.test(name) && !(nameLists().lookup(name.toLowerCase()) & FIRST_NAME);
}

/** Kinds of towns that open their names, given name or not after them: "Port Elizabeth", "Fort William". */
const TOWN_KINDS_FIRST = /^(?:Port|Fort|Mount|Cape)$/;

export function isEnglishPlacePrefix(word: string): boolean {
  return ENGLISH_PLACE_PREFIXES.has(word);
}

/** Words that name a part of a place, not a body's work: "Greater Sydney", "Regional Victoria", "Outer Hebrides". */
const PLACE_PARTS_BEFORE = new Set(['Downtown', 'Uptown', 'Midtown', 'Greater', 'Regional', 'Rural', 'Outer', 'Inner', 'Metropolitan', 'Coastal', 'Remote', 'Far', 'Mid', 'Mainland', 'New', 'Lake', 'Mount', 'Port', 'Fort', 'Saint', 'St', ...ENGLISH_PLACE_PREFIXES]);

/** Words of a coast's places, listed alone as places too: "Bay", "Island", "Point". */
const COAST_WORDS = /^(?:Bay|Island|Point|Beach|Cove|Head|Sound|Harbou?r)$/;

/**
 * Two or more common words before a listed place that end the name: a body serving the place ("Water Services
 * Queensland"); or one noun before it: "Sport England", "Parks Canada", "Ambulance Victoria".
 */
export function isPlaceServingBody(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  const place = words[words.length - 1];
  if (!(nameLists().lookup(place.toLowerCase()) & PLACE_NAME)) return false;
  const before = words.slice(0, -1);
  // (… or one noun before a state, a province or a city: "Ambulance Victoria", "Heritage Victoria"; not a part of it:
  // "Southeast Asia", "Downtown Chicago", nor a common word's: "Mounts Bay".)
  if (before.length === 1 && !(isFieldNoun(before[0]) && !CONTINENT_PARTS.test(before[0]) && !isSometimesLowerCase(place) && !FEATURE_LAST.has(place) && !COAST_WORDS.test(place))) return false;
  const common = (w: string) => startsUpper(w) && (isSometimesLowerCase(w) || isSometimesLowerCase(w.replace(/s$/, '')));
  // (Nor a building's: "Cheap Hotel Rome".)
  return before.every((w) => common(w) && !COMPASS.has(w) && !PLACE_PARTS_BEFORE.has(w) && !FACILITY_HEADS.has(w.toLowerCase())) && !(nameLists().lookup(words.join(' ').toLowerCase()) & PLACE_NAME);
}

const CONTINENTS = /^(?:Europe|Africa|Asia|Americas?|Oceania)$/;
/** Words that make a part of a continent: "Central Europe", "Latin America", "Greater Asia". */
const CONTINENT_PARTS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Southeast|Southeastern|Northeast|Northeastern|Southwest|Northwest|Latin|Sub-Saharan|Continental|Mainland|Greater|Old|New|Upper|Lower|Middle)$/;

/** International agencies named by one coined word, which the tagger reads as a place or a person ("Europol", "Frontex"). */
/** Legislatures news names by one word in capitals: "outside Parliament", "the Commons", "the Knesset", "Holyrood". */
const LEGISLATURES = /^(?:Parliament|Congress|Senate|Commons|Knesset|Bundestag|Bundesrat|Duma|Storting|Riksdag|Folketing|Eduskunta|Sejm|Rada|Majlis|Dáil|Seanad|Oireachtas|Stormont|Holyrood|Senedd)$/;

export function isLegislatureName(word: string): boolean {
  return LEGISLATURES.test(word);
}

const AGENCY_NAMES = new Set(['europol', 'eurojust', 'eurostat', 'eurocontrol', 'eurogroup', 'eurofound', 'interpol', 'frontex', 'afripol', 'aseanapol']);

/**
 * "Renew Europe", "IndustriAll Europe", "Stoxx Europe 600": a name ending in a continent that no part
 * of it makes ("Central Europe", "Latin America") is a body's, a group's or an index's.
 */
function isContinentalBody(words: readonly string[]): boolean {
  const at = words.findIndex((w) => CONTINENTS.test(w));
  // Not a part of it named with "of": "Gulf of America", "Horn of Africa".
  return at >= 1 && words.slice(0, at).every((w) => !CONTINENT_PARTS.test(w) && !isHyphen(w) && w !== 'of') && !(nameLists().lookup(words.join(' ').toLowerCase()) & (PLACE_NAME | COUNTRY));
}

/**
 * A demonym with its compass word, used as an adjective: "North Korean officials", "South
 * African troops", and the "North" of "North and South Korean troops". Not "North Korea", nor
 * "the North Atlantic" (no lower-case word or title after it).
 */
export function isDirectionalDemonym(tokens: readonly Token[], start: number, end: number): boolean {
  let i = start;
  while (i < end && COMPASS.has(tokens[i].text)) i++;
  if (i === start) return false;
  let demonym = i;
  // A span of compass words only: the demonym follows ("North" + "Korean", "North" + "and South Korean").
  if (i === end) while (demonym < tokens.length && (COMPASS.has(tokens[demonym].text) || tokens[demonym].text === 'and')) demonym++;
  else if (i !== end - 1) return false;
  const word = tokens[demonym];
  const next = tokens[demonym + 1]?.text;
  const adjectival = next !== undefined && (startsLower(next) || isTitleWord(next));
  // Not a country's own name: "South Sudan crossed".
  const place = word !== undefined && (nameLists().lookup(word.text.toLowerCase()) & (COUNTRY | PLACE_NAME)) !== 0;
  return word !== undefined && adjectival && !place && isNationality('MISC', word.text, word.pos, next);
}

/** Lower-case nouns after a broadcast programme's name: "the Kellsby Today podcast". */
const PROGRAMME_AFTER = /^(?:programme|podcast|phone-in)$/;
const STATION_WORDS = /^(?:Radio|TV|Television|FM|Channel|Network|Broadcasting)$/;

/** Lower-case award nouns after an award's name: "the Golden Carabiner award". */
const AWARD_AFTER = /^(?:award|awards|prize|medal|trophy|salver)$/;

/** The word before a road's number: "Highway 30", "Route 66", "County Road 9". */
export function isNumberedRoadWord(word: string): boolean {
  return /^(?:Highway|Route|Interstate|Road)$/.test(word);
}

/** Words before a number that name a berth, a terminal or a gate: "Pier 4", "Terminal 5", "Gate 12". */
export function isNumberedBerthWord(word: string): boolean {
  return /^(?:Pier|Berth|Terminal|Hangar|Wharf|Jetty|Platform|Gate)$/.test(word);
}

/** A British road's letter and number: "M62", "A684", "B970". */
export function isBritishRoadNumber(word: string): boolean {
  return /^[ABM]\d{1,4}$/.test(word);
}

/** An Interstate highway by its letter and number: "I-70", "I-270". */
export function isInterstateCode(word: string): boolean {
  return /^I-\d{1,3}$/.test(word);
}

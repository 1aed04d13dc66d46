/**
 * Capitalised words that make a run of capitalised words something other than a person: a place,
 * a building, an organisation, an event, a document, a programme. "Government House", "Maximos
 * Mansion", "Belt and Road Initiative" and "Fortune 500" are no one's name. Folded keys.
 */
const HEADS = `
house palace office mansion centre center building hotel square kremlin museum secretariat
headquarters arena theatre theater room court crown throne ministry parliament assembly council committee
commission summit forum conference agency corporation company group bank fund university institute
airport port railway corridor initiative program programme plan agreement declaration treaty day
days war games cup party army force forces police government cabinet administration presidency
embassy mission organization organisation union association federation republic kingdom state states
sea ocean river lake mountain mountains island islands region province city street avenue road 
garden station plant project zone area valley gulf bay coast peninsula desert basin route network
system service services media news press times post daily journal radio tv television channel report
week month year session meeting talks dialogue format club board trust foundation alliance coalition
movement front church mosque cathedral temple memorial monument tower bridge pipeline field
terminal hub exhibition expo fair festival award prize order medal act code constitution
strategy vision agenda doctrine process deal accord pact charter convention protocol framework roadmap
cooperation affairs development relations expatriates abroad partnership partnerships policy
statement communique resolution energy oil gas airlines motors industries partners capital
technologies holding holdings inc ltd plc llc co limited authority department bureau directorate
electric electronics motors dynamics mills petroleum chemical chemicals pharma steel airways
division unit team squad academy school college hospital clinic consortium enterprise enterprises
investments logistics shipping mining metals resources resource solutions exchange corp
ag gmbh sa nv bv spa jsc pjsc ojsc llp sdn bhd niwas bhavan bhawan mahal
`;

/** Words that start organisations, places and events rather than names. */
const STARTS = `
global national international united european asian african arab world central north south east west
northern southern eastern western federal royal presidential islamic democratic socialist supreme
state grand upper lower greater new middle pacific atlantic indian arctic
`;

const words = (block: string) => new Set(block.split(/\s+/).filter((w) => w !== ""));

export const NOT_NAME_HEADS: ReadonlySet<string> = words(HEADS);
export const NOT_NAME_STARTS: ReadonlySet<string> = words(STARTS);

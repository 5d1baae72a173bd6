/**
 * English given names' common short forms, as general knowledge: "Greg" is a Gregory, "Bob" a Robert. A person
 * introduced in full and called by the short form later ("Gregory Tallis" … "Greg checked the forecast") is one person.
 */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  greg: ['gregory'], rob: ['robert'], bob: ['robert'], bobby: ['robert'], robbie: ['robert'], bill: ['william'], billy: ['william'],
  will: ['william'], mike: ['michael'], mick: ['michael'], tom: ['thomas'], tommy: ['thomas'], jim: ['james'], jimmy: ['james'],
  dave: ['david'], steve: ['stephen', 'steven'], chris: ['christopher', 'christine', 'christina'], liz: ['elizabeth'],
  beth: ['elizabeth', 'bethany'], kate: ['katherine', 'catherine', 'kathryn'], katie: ['katherine', 'catherine', 'kathryn'],
  jen: ['jennifer'], jenny: ['jennifer'], sam: ['samuel', 'samantha'], alex: ['alexander', 'alexandra'], andy: ['andrew'],
  tony: ['anthony'], dan: ['daniel'], danny: ['daniel'], joe: ['joseph'], matt: ['matthew'], nick: ['nicholas'],
  pat: ['patrick', 'patricia'], ben: ['benjamin'], sue: ['susan', 'suzanne'], meg: ['margaret'], maggie: ['margaret'],
  ed: ['edward'], eddie: ['edward'], ted: ['edward'], rick: ['richard'], dick: ['richard'], charlie: ['charles'],
  fred: ['frederick'], jon: ['jonathan'], nate: ['nathan', 'nathaniel'], pete: ['peter'], phil: ['philip', 'phillip'],
  ron: ['ronald'], tim: ['timothy'], vicky: ['victoria'], zach: ['zachary'], abby: ['abigail'], becky: ['rebecca'],
  debbie: ['deborah'], jess: ['jessica'], mandy: ['amanda'], pam: ['pamela'], sandy: ['sandra'], val: ['valerie'],
};

/** The full given names a short form stands for, lower case ("greg" → ["gregory"]); none for a name that is no short form. */
export function fullGivenNames(name: string): readonly string[] {
  return FORMS[name] ?? [];
}

// Construction table: fixed phrase shapes that state positions, affiliations, places and units.
import type { Predicate } from '../../types.js';

/** One relation a construction states: predicate, capture names of subject and object, optional title capture. */
export interface Emit {
  p: Predicate;
  s: string;
  o: string;
  title?: string;
  /** The construction itself says the fact is over ("X, who quit Acme"). */
  past?: boolean;
  /** A place the construction only suggests is the subject's seat: none for a body named after another country. */
  seat?: boolean;
  /** The title a verb states ("X, who owns Acme": owner), when no words of the match spell it. */
  office?: string;
  /** Capture of the role noun: only a player's role ties a person to a town's name (its club), see index.ts. */
  role?: string;
}

/** A construction: a pattern (see pattern.ts) and the relations it states. */
export interface Construction {
  name: string;
  pattern: string;
  emit: readonly Emit[];
}

const HOLDS = (s = 's', o = 'o'): Emit => ({ p: 'HOLDS_POSITION', s, o, title: 't' });
const AFFIL: Emit = { p: 'AFFILIATED_WITH', s: 's', o: 'o' };
const IN: Emit = { p: 'LOCATED_IN', s: 's', o: 'o' };
const PART: Emit = { p: 'PART_OF', s: 's', o: 'o' };

/** Constructions, tried at every unit of every sentence. */
export const CONSTRUCTIONS: readonly Construction[] = [
  // --- HOLDS_POSITION: "Ruritanian President X", "Acme's CEO X", "the Ruritanian Army spokesman X"
  { name: 'org-title-name', pattern: "ORG|GPE|LOC:o 's? TITLE:t HON? PER:s", emit: [HOLDS()] },
  // "Velto Party spokeswoman for women X", "Acme spokesman on health X": the field after the title
  { name: 'org-title-for-field-name', pattern: "ORG|GPE#name:o 's? TITLE:t for|on w* HON? PER:s", emit: [HOLDS()] },
  // "the Velto director of rugby X", "Acme's head of research X": a title with its field, then the name
  { name: 'org-title-of-field-name', pattern: "ORG:o 's? TITLE:t of w* HON? PER:s", emit: [HOLDS()] },
  // "Velto Farmers' Union (VFU) chairman X": the acronym in brackets stands for the body named before it
  { name: 'acronym-title-name', pattern: '( ORG:o ) TITLE:t HON? PER:s', emit: [HOLDS()] },
  // "Acme president and chief executive X", "Acme's head of research X"
  { name: 'org-titles-name', pattern: "ORG|GPE:o 's? TITLE:t and TITLE PER:s", emit: [HOLDS()] },
  { name: 'org-title-of-name', pattern: "ORG|GPE:o 's TITLE:t of W* PER:s", emit: [HOLDS()] },
  // "chairman of the Freedonian Senate X", "chairman of Acme's Budget Committee X"
  { name: 'title-of-org-name', pattern: 'TITLE:t of the? ORG|GPE|LOC#name:o PER:s', emit: [HOLDS()] },
  { name: 'title-of-org-acronym-name', pattern: 'TITLE:t of the? ORG:o ( ORG ) PER:s', emit: [HOLDS()] },
  { name: 'title-of-org-unit-name', pattern: "TITLE:t of the? ORG|GPE:p 's ORG:o PER:s", emit: [HOLDS(), { p: 'PART_OF', s: 'o', o: 'p' }] },
  // "X, the director of Y", "X, chairman of Y"
  { name: 'name-title-of-org', pattern: 'PER:s , the|a|an? TITLE:t of the? DIR? ORG|GPE|LOC#name:o !\'s', emit: [HOLDS()] },
  // "X, director of the Acme Board's consumer research centre", "X, senior manager in Acme's security group": a title in an unnamed unit of the body
  { name: 'name-title-of-org-poss-unit', pattern: "PER:s , the|a|an? TITLE:t of the? ORG:o 's w* ,|.|;", emit: [HOLDS()] },
  { name: 'name-title-in-org-poss-part', pattern: "PER:s , the|a|an? W* TITLE:t in|for|at|with the? ORG:o 's|' w* PART ,|.|;", emit: [HOLDS()] },
  // "X, a former CEO at Acme", "X, spokesman for organisers Acme", "X, an analyst with research firm Acme"
  { name: 'name-title-at-org', pattern: "PER:s , the|a|an? W* TITLE:t at|for|with|from the? W* ORG:o !'s|'", emit: [HOLDS()] },
  // "X, director of product at Acme", "X, senior vice-president of technology and manufacturing at Acme"
  { name: 'name-title-of-field-at-org', pattern: "PER:s , the|a|an? W* TITLE:t of|for the? w* and? w* at|with the? ORG:o !'s|'", emit: [HOLDS()] },
  // "X, editor of fansite Acme", "X, head of games maker Acme": the kind of body before its name
  { name: 'name-title-of-firm', pattern: "PER:s , the|a|an? W* TITLE:t of the? GPE? W* FIRM the? ORG:o !'s|'", emit: [HOLDS()] },
  // "X, director of Westville-based consulting group Acme"
  { name: 'name-title-of-based-firm', pattern: "PER:s , the|a|an? TITLE:t of the? LOC -based|-headquartered W* FIRM? ORG:o !'s|'", emit: [HOLDS()] },
  // "X, head of currency strategy at Acme"
  { name: 'name-title-of-field-at-org', pattern: "PER:s , the|a|an? TITLE:t of W* at ORG:o !'s", emit: [HOLDS()] },
  // "X, vice president of research at analyst firm Acme": the kind of body before its name
  { name: 'name-title-of-field-at-firm', pattern: "PER:s , the|a|an? W* TITLE:t of|for the? w* and? w* at|with the? W* FIRM ORG:o !'s|'", emit: [HOLDS()] },
  // "X, a former governor of Ruritania's economic capital Westville"
  { name: 'name-title-of-poss-place', pattern: "PER:s , the|a|an? TITLE:t of the? GPE 's W* SUB:o", emit: [HOLDS()] },
  { name: 'name-title-of-org-unit', pattern: "PER:s , the|a|an? TITLE:t of the? ORG|GPE:p 's ORG:o", emit: [HOLDS()] },
  // "X, the Freedonian Army's spokeswoman", "X, Ruritania's foreign minister", "X, the Ruritanian president"
  // "X, chairman and chief executive of Y"
  { name: 'name-titles-of-org', pattern: "PER:s , the|a|an? TITLE:t and the? TITLE of the? ORG|GPE|LOC#name:o !'s", emit: [HOLDS()] },
  { name: 'name-titles-at-org', pattern: "PER:s , the|a|an? TITLE:t and the? TITLE at the? ORG:o !'s", emit: [HOLDS()] },
  // "X, Acme rural affairs correspondent": words of the field may stand between the body and the title
  { name: 'name-org-title', pattern: "PER:s , the|a|an? ORG|GPE|LOC:o 's? w* TITLE:t !'s|PER|HON", emit: [HOLDS()] },
  // "Ruritania's foreign minister, X", "the chief of Y, Z"
  { name: 'org-title-comma-name', pattern: "ORG|GPE|LOC:o 's|' TITLE:t , PER:s", emit: [HOLDS()] },
  // "Acme's representative in Westville, X": the post's place between the title and its holder
  { name: 'org-title-in-place-comma-name', pattern: "ORG|GPE#name:o 's TITLE:t in|for the? LOC , PER:s", emit: [HOLDS()] },
  // "Acme head of research, X"
  { name: 'org-title-of-field-comma-name', pattern: "ORG:o 's? TITLE:t of|for W* , PER:s", emit: [HOLDS()] },
  // "the Union's Humanitarian Aid Commissioner, X"
  { name: 'org-named-title-comma-name', pattern: "ORG|GPE#name:o 's|' W* TITLE:t , PER:s", emit: [HOLDS()] },
  // "Ruritania's Davis Cup coach X": a named team or unit between the body and the title
  { name: 'org-named-title-name', pattern: "ORG|GPE#name:o 's W* TITLE:t HON? PER:s", emit: [HOLDS()] },
  // "Acme chairwoman, X, said": the holder set off by commas right after the body's title
  { name: 'org-title-comma-name-comma', pattern: 'ORG:o TITLE:t , PER:s ,', emit: [HOLDS()] },
  // "Head of genetics at the Velto Institute, Professor X,": the title and its field set before the name
  { name: 'title-of-field-at-org-comma-name', pattern: "TITLE:t of w* at the? ORG:o , HON? PER:s", emit: [HOLDS()] },
  { name: 'title-of-org-comma-name', pattern: 'the TITLE:t of the? ORG|GPE|LOC#name:o , TITLE? PER:s', emit: [HOLDS()] },
  // "the new chair of the Velto Task Force (VTF), X"
  { name: 'title-of-org-acronym-comma-name', pattern: 'the TITLE:t of the? ORG:o ( ORG ) , TITLE? PER:s', emit: [HOLDS()] },
  { name: 'title-of-org-of-org-comma-name', pattern: 'the TITLE:t of the? ORG:o of the? ORG|GPE , TITLE? PER:s', emit: [HOLDS()] },
  { name: 'head-of-org-name', pattern: 'the? TITLE:t of the? ORG|GPE|LOC#name:o , PER:s', emit: [HOLDS()] },
  // "Ruritania's ambassador to Freedonia, X,", "the Ruritanian envoy to the Velto Council, X": the country that sends the holder
  { name: 'country-title-to-comma-name', pattern: "GPE:o 's? TITLE:t to the? ORG|GPE|LOC , PER:s", emit: [HOLDS()] },
  // "President X of Ruritania", "X is the director of Y", "X was appointed chairman of Y"
  { name: 'title-name-of-org', pattern: 'TITLE:t PER:s of the? ORG|GPE#name:o', emit: [HOLDS()] },
  // "Acme Holdings, led by chief executive X", "Ruritania's government, headed by President X": a body and its head
  { name: 'org-led-by-title-name', pattern: "ORG|GPE#name:o 's? W* ,|— led|headed|run|chaired by the? TITLE:t HON? PER:s", emit: [HOLDS()] },
  { name: 'org-led-by-name', pattern: 'ORG:o ,|— led|headed|run|chaired by PER:s', emit: [{ p: 'HOLDS_POSITION', s: 's', o: 'o', office: 'head' }] },
  // "Ruritanian Trade Representative X": an office named as an organization, right before its holder
  { name: 'office-name', pattern: 'ORG#office:o PER:s', emit: [{ p: 'HOLDS_POSITION', s: 's', o: 'o' }] },
  // "Senator X of Lowmark", "Mayor X of Westville" (the state, province or town the holder serves)
  { name: 'title-name-of-place', pattern: 'TITLE:t PER:s of SUB:o', emit: [HOLDS()] },
  // "Foreign Minister X and his Ruritanian counterpart, Y": Y holds the same office in Ruritania
  { name: 'title-name-and-counterpart', pattern: 'TITLE:t PER and his|her|their GPE:o counterpart ,? PER:s', emit: [HOLDS()] },
  { name: 'poss-counterpart-name', pattern: 'his|her|their GPE:o counterpart ,? PER:s', emit: [{ p: 'HOLDS_POSITION', s: 's', o: 'o' }] },
  // "Senators A of Lowmark, B of Eastmark and C of Westmark", "two senators — A of Lowmark and B of Eastmark"
  { name: 'title-dash-name-of-place', pattern: 'TITLE:t —|–|: PER:s of SUB:o', emit: [HOLDS()] },
  { name: 'title-list-name-of-place-2', pattern: 'TITLE:t —|–|:? PER of SUB ,|and PER:s of SUB:o', emit: [HOLDS()] },
  // "two Blue senators — A of Lowmark and B of Eastmark": the party of each (a seat states membership, see index.ts)
  { name: 'org-title-list-name-of-place', pattern: 'ORG:o TITLE:t —|–|: PER:s of SUB', emit: [HOLDS()] },
  { name: 'org-title-list-name-of-place-2', pattern: 'ORG:o TITLE:t —|–|:? PER of SUB ,|and PER:s of SUB', emit: [HOLDS()] },
  { name: 'title-list-name-of-place-3', pattern: 'TITLE:t —|–|:? PER of SUB , PER of SUB ,? and? PER:s of SUB:o', emit: [HOLDS()] },
  { name: 'name-is-title-of-org', pattern: 'PER:s ,? who? is|was|became|remains the|a? TITLE:t of the? ORG|GPE|LOC#name:o', emit: [HOLDS()] },
  // "X, who is the Velto Party chairman", "X is Acme Tyrol chairman": the body and its branch before the title
  { name: 'name-is-org-title', pattern: "PER:s ,? who? is|was|became|remains the|a|an? ORG|GPE:o 's? LOC? w* TITLE:t !of|'s|'|PER", emit: [HOLDS()] },
  { name: 'name-is-title-at-org', pattern: "PER:s ,? who? is|was|became|remains the|a|an? TITLE:t at the? ORG:o !'s|'", emit: [HOLDS()] },
  { name: 'name-appointed-title-of-org', pattern: 'PER:s was|has|had|is? been? appointed|named|elected|re-elected|reappointed|made|declared|chosen|confirmed|unveiled as? the|a? TITLE:t of the? ORG|GPE|LOC#name:o', emit: [HOLDS()] },
  // "X was sworn in as president of Ruritania"
  // "after X's appointment as Acme boss", "X's election as president of Y": the naming told as a noun
  { name: 'name-appointment-as-org-title', pattern: "PER:s 's|' appointment|promotion|election|re-election|elevation|confirmation as|to the? new|next? ORG|GPE:o 's? TITLE:t", emit: [HOLDS()] },
  { name: 'name-appointment-as-title-of-org', pattern: "PER:s 's|' appointment|promotion|election|re-election|elevation|confirmation as|to the? new|next? TITLE:t of the? ORG|GPE|LOC#name:o", emit: [HOLDS()] },
  // "X was named Acme chief executive", "X was unveiled as the new Westville manager"
  { name: 'name-appointed-org-title', pattern: "PER:s was|has|had|is? been? appointed|named|elected|re-elected|reappointed|unveiled|installed|confirmed as? the|a? new? ORG|GPE:o 's? TITLE:t !of", emit: [HOLDS()] },
  { name: 'name-sworn-in-as-title-of-org', pattern: 'PER:s was|has|had|is? been? sworn in as the|a? TITLE:t of the? ORG|GPE|LOC#name:o', emit: [HOLDS()] },

  // --- AFFILIATED_WITH: "Ruritanian military expert X", "Westmark international X", "X of the Y party"
  { name: 'org-role-name', pattern: "ORG|GPE|LOC:o 's? ROLE:r HON? PER:s", emit: [{ ...AFFIL, role: 'r' }] },
  { name: 'org-role-comma-name', pattern: "ORG|GPE|LOC:o 's? ROLE:r , PER:s", emit: [{ ...AFFIL, role: 'r' }] },
  // "Westville Hospital professor of child health, X"
  { name: 'org-role-of-field-comma-name', pattern: "ORG:o 's? ROLE of W* , PER:s", emit: [AFFIL] },
  { name: 'org-role-in-place-comma-name', pattern: "ORG|GPE#name:o 's ROLE in|for the? LOC , PER:s", emit: [AFFIL] },
  // "X, chief economist for the region at Acme": a role, its field, then the body
  { name: 'name-role-of-field-at-org', pattern: "PER:s , the|a|an? W* ROLE of|for|in the? w* at|with the? W* FIRM? ORG:o !'s|'", emit: [AFFIL] },
  { name: 'name-role-of-org', pattern: "PER:s , the|a|an? W* ROLE of|for|at|with|from the? ORG|GPE|LOC:o !'s", emit: [AFFIL] },
  { name: 'name-is-role-at-org', pattern: "PER:s ,? who? is|was|became|remains the|a|an? W* ROLE at the? ORG:o !'s|'", emit: [AFFIL] },
  // "X, an analyst with research firm Acme"
  { name: 'name-role-of-firm', pattern: "PER:s , the|a|an? W* ROLE of|for|at|with|from the? W* FIRM ORG:o !'s|'", emit: [AFFIL] },
  { name: 'name-org-role', pattern: "PER:s , the|a|an? ORG|GPE|LOC:o 's? w* ROLE ,|.|;|for", emit: [AFFIL] },
  // "X, the ruling Progressive Union party candidate,"
  { name: 'name-modified-org-role', pattern: 'PER:s , the|a|an? W* ORG:o party? ROLE ,|.', emit: [AFFIL] },
  { name: 'name-of-org', pattern: "PER:s of the? ORG:o !'s", emit: [AFFIL] },
  // "X, Westville Hotel Association, said": a body set off after the name of its speaker
  { name: 'name-comma-org-said', pattern: 'PER:s , ORG#body:o ,? said|says|told|added', emit: [AFFIL] },
  // "said Ivo Sand, from Acme Motor News," (whom a speaker works for)
  { name: 'name-comma-from-org', pattern: "PER:s , from|of the? w* ORG:o ,|.|;", emit: [AFFIL] },
  // "X had been with Acme for five years", "X has been with Acme since 1990": how long one has worked for a body
  { name: 'name-been-with-org', pattern: 'PER:s ,? who? has|had|have been with the? ORG:o for|since', emit: [AFFIL] },
  // "X, from the Velto Services union said": the name, then the kind of body
  { name: 'name-comma-from-org-kind', pattern: "PER:s , from|of the ORG:o FIRM ,|.|;|said|says|told|added", emit: [AFFIL] },
  // "X, from the campaign group Acme": the kind of body before its name
  { name: 'name-comma-from-firm', pattern: "PER:s , from|of the? W* FIRM ORG:o !'s|'", emit: [AFFIL] },
  // "For the Blue Party, X said …": who speaks for a party or body, at the head of the sentence
  { name: 'for-org-name-said', pattern: '^ for the? ORG:o , HON? PER:s said|says|called|argued|added|warned|accused|insisted|welcomed|told|described|dismissed|criticised|criticized|urged', emit: [AFFIL] },
  // "said X at Acme", "says X of IT firm Acme"
  { name: 'speaker-at-org', pattern: "said|says|told PER:s at|of|from the? ORG:o ,|.|;|in|who", emit: [AFFIL] },
  // "X at Acme said", "economist X at Acme believes"
  { name: 'name-at-org-said', pattern: 'PER:s at the? ORG:o said|says|told|added|believes|thinks|warned|argued|predicted|expects', emit: [AFFIL] },
  // "Ann Lee from Acme", "X from Ruritania" (not "moved X from Acme to Beta", where both are named)
  { name: 'name-from-org', pattern: "PER:s from the? ORG|GPE#name:o !'s|'|to|-based", emit: [AFFIL] },
  // "X, who owns the Westville Rovers": the owner of a club or company
  { name: 'name-owns-org', pattern: 'PER:s ,? who? owns the? W* ORG:o', emit: [{ p: 'HOLDS_POSITION', s: 's', o: 'o', office: 'owner' }] },
  { name: 'name-owned-org', pattern: 'PER:s , who owned the? W* ORG:o', emit: [{ p: 'HOLDS_POSITION', s: 's', o: 'o', office: 'owner', past: true }] },
  // "X, for the Blue Party, said": whom a speaker speaks for
  { name: 'name-comma-for-org', pattern: 'PER:s , for the? ORG:o ,|said|says', emit: [AFFIL] },
  // "X, who quit chart-topping group Acme in March", "X has left Acme": a membership that ended
  { name: 'name-left-org', pattern: 'PER:s ,? who? has|had? quit|left the? W* ORG:o ,|.|;|in|for|to|after|and|last|earlier|on|at|when|because|before|over|amid', emit: [{ ...AFFIL, past: true }] },
  // "X, who resigned from Acme", "X, who stepped down from his Acme post"
  { name: 'name-resigned-from-org', pattern: 'PER:s ,? who? has|had? resigned|retired|departed from the|his|her? W* ORG:o', emit: [{ ...AFFIL, past: true }] },
  { name: 'name-stepped-down-from-org', pattern: 'PER:s ,? who? has|had? stepped|stood down from the|his|her? W* ORG:o', emit: [{ ...AFFIL, past: true }] },
  { name: 'name-departure-from-org', pattern: "PER:s 's departure|exit|resignation from the? W* ORG:o", emit: [{ ...AFFIL, past: true }] },
  { name: 'name-of-firm', pattern: "PER:s of the? W* FIRM ORG:o !'s", emit: [AFFIL] },
  // "X (Acme)", "X (Ruritania)", "X (Acme, Ruritania)": the team, party, company or country in brackets
  { name: 'name-bracket-org', pattern: 'PER:s ( ORG|GPE#name:o ,|)', emit: [AFFIL] },
  // "Westville United (Ruritania) 9 6 3": a club (or a player the tagger took for one) and its country
  { name: 'org-bracket-country', pattern: 'ORG:s ( GPE#name:o )', emit: [AFFIL] },
  // "Acme Airways of Ruritania": a company, team or body and the country it belongs to
  { name: 'org-of-country', pattern: "ORG#proper:s of GPE#name:o !'s", emit: [AFFIL] },
  // "X of Ruritania" (whom a person represents or comes from)
  { name: 'name-of-country', pattern: 'PER:s of GPE#name:o !\'s', emit: [AFFIL] },
  { name: 'org-poss-name', pattern: "ORG|GPE#name:o 's|' PER:s !'s|'", emit: [AFFIL] },
  // "Ruritania's Acme", "Ruritania's Labour Party": a body of the country that possesses it
  { name: 'country-poss-org', pattern: "GPE#name:o 's ORG:s", emit: [AFFIL] },
  { name: 'name-plays-for-org', pattern: 'PER:s ,? who? plays|played|playing|signed|signs|scored|scores|scoring his|her|their|a|the? W* for the? ORG:o', emit: [AFFIL] },
  { name: 'actor-joined-org', pattern: 'PER|ORG|GPE:s has|have? joined|joins the? ORG:o', emit: [AFFIL] },
  // A player on loan plays for one club and belongs to another: "X, on loan at Acme", "X joined Acme on loan from Beta"
  { name: 'name-on-loan-at', pattern: 'PER:s ,? who? W* on loan at|with the? ORG:o', emit: [AFFIL] },
  { name: 'name-joined-on-loan-from', pattern: 'PER:s has|have? joined|joins the? ORG on loan from the? ORG:o', emit: [AFFIL] },
  // "X, who has 33 caps for Ruritania": the national team or club a player appears for
  // "X opened the scoring for Y", "X put Y ahead", "X gave Y the lead": the team a player scores for
  { name: 'name-opened-scoring-for', pattern: 'PER:s opened|opens the scoring|account for the? ORG|GPE#name:o', emit: [AFFIL] },
  { name: 'name-put-team-ahead', pattern: 'PER:s put|puts|fired|fires|headed|heads|volleyed|volleys|nodded|nods|shot|shoots the? ORG|GPE#name:o ahead|level', emit: [AFFIL] },
  { name: 'name-put-team-in-front', pattern: 'PER:s put|puts|fired|fires|headed|heads|volleyed|volleys|nodded|nods|shot|shoots the? ORG|GPE#name:o in front', emit: [AFFIL] },
  { name: 'name-gave-team-lead', pattern: 'PER:s gave|gives the? ORG|GPE#name:o the|an|a early|late|first-half|second-half? lead', emit: [AFFIL] },
  { name: 'name-caps-for', pattern: 'PER:s ,? who? has|had|won|earned|with W* caps|appearances for the? ORG|GPE#name:o', emit: [AFFIL] },
  // "the Ruritanian carmaker Acme", "U.S. seeds and chemicals company Acme Co", "Acme, the Ruritanian lender,"
  { name: 'country-firm-name', pattern: 'GPE:o W* and? W* FIRM the? ORG:s', emit: [AFFIL] },
  { name: 'name-country-firm', pattern: "ORG:s ,|-|—|– the|a|an|another w* GPE:o W* FIRM !'s|of", emit: [AFFIL] },
  // "the Ruritanian financial watchdog, the Velto Commission": the kind with its country, then the name set off by a comma
  { name: 'country-firm-comma-name', pattern: 'GPE:o W* FIRM , the? ORG:s ,|(|.|;', emit: [AFFIL] },
  // "Acme Bank (ACB), Ruritania's biggest lender,"
  { name: 'name-poss-country-firm', pattern: "ORG:s ,|is|was|remains the? GPE#name:o 's W* FIRM !'s|of", emit: [AFFIL] },
  { name: 'name-acronym-poss-country-firm', pattern: "ORG:s ( ORG ) , GPE#name:o 's W* FIRM !'s|of", emit: [AFFIL] },
  // "Ruritanian Ivo Sand", "the Ruritanian Work Ministry": a country adjective right before a name
  { name: 'adjective-name', pattern: 'GPE#adj:o PER|ORG:s', emit: [AFFIL] },
  // "Ivo Sand's Worker Party": the party, league or union a person leads or belongs to (not "X's Blue Nude")
  { name: 'person-poss-body', pattern: "PER:s 's ORG#body:o !'s", emit: [AFFIL] },

  // --- LOCATED_IN
  { name: 'city-country', pattern: 'SUB:s , GPE#name:o !and|or', emit: [IN] },
  { name: 'city-region', pattern: 'SUB#city:s , SUB#region:o !and|or', emit: [IN] },
  { name: 'place-appositive-in', pattern: 'LOC:s , a|an|the W* PLACE in|of DIR? LOC:o !\'s', emit: [IN] },
  { name: 'place-appositive-in-poss', pattern: "LOC:s , a|an|the W* PLACE in|of DIR? GPE 's LOC:o", emit: [IN] },
  { name: 'country-poss-place', pattern: "GPE:o 's SUB:s", emit: [IN] },
  { name: 'place-appositive-poss', pattern: "SUB:s , which|that? is|was? GPE#name:o 's W* PLACE", emit: [IN] },
  { name: 'demonym-place-of', pattern: 'the W* GPE:o W* PLACE of SUB:s', emit: [IN] },
  { name: 'place-of-country', pattern: 'SUB:s PLACE? of DIR? GPE:o', emit: [IN] },
  { name: 'capital-of-country', pattern: 'the capital of GPE:o , SUB:s', emit: [IN] },
  { name: 'place-in-country', pattern: 'in SUB:s in|of DIR? GPE:o', emit: [IN] },
  { name: 'city-in-region', pattern: 'in SUB#city:s in|of DIR? SUB#region:o', emit: [IN] },
  // "X Township in Westland Province", "X Township in northwest Ruritania's Westland Province"
  { name: 'place-in-area', pattern: 'SUB:s in DIR? SUB#area:o', emit: [IN] },
  { name: 'place-in-poss-area', pattern: "SUB:s in DIR? GPE 's SUB#area:o", emit: [IN] },
  // "the settlement of X” in the eastern region of Y", "in X, in the northern province of Y"
  { name: 'place-in-area-of', pattern: 'SUB:s "? ,? "? in the DIR? PLACE of SUB:o', emit: [IN] },
  // "in X, in the far east of Ruritania", "X, in the north of Y": a compass part of the place it lies in
  { name: 'place-in-part-of', pattern: "SUB:s , in the far? DIR of SUB|GPE#name:o !'s", emit: [IN] },
  // "in X,” in northern Y state": a town, then the region it lies in
  { name: 'city-comma-in-region', pattern: 'SUB#city:s "? , "? in DIR? SUB#region:o', emit: [IN] },
  { name: 'place-comma-in-area', pattern: 'SUB:s "? , "? in DIR? SUB:o state|province|region|district|county|oblast|governorate|prefecture', emit: [IN] },
  // "Westville's Northwind Exchange": an organization of the city that possesses it (a gazetteer city: "Sony's PSP" is no place)
  { name: 'city-poss-org', pattern: "SUB#city:o 's ORG:s", emit: [IN] },
  // "Graz (Ruritania)": a town and its country in brackets
  { name: 'city-bracket-country', pattern: 'SUB#city:s ( GPE#name:o )', emit: [IN] },
  { name: 'org-based', pattern: 'LOC:o -based|-headquartered W* the? ORG:s', emit: [IN] },
  // "Acme, a Westville-based company,", "Acme, the Westville-headquartered lender"
  { name: 'org-appositive-based', pattern: "ORG:s , the|a|an|another w* LOC:o -based|-headquartered W* FIRM !'s|of", emit: [IN] },
  // "an economist at Acme in Westville": the workplace and its city
  { name: 'at-org-in-city', pattern: "at|with the? ORG:s in SUB#city:o !'s", emit: [{ ...IN, seat: true }] },
  { name: 'org-based-in', pattern: 'ORG:s ,? based|headquartered in LOC:o', emit: [IN] },
  { name: 'org-stationed-in', pattern: 'ORG#stationed:s in LOC:o', emit: [IN] },
  // "a professor at the Northwind Institute in Westville": a university, museum or hospital and its town
  { name: 'site-in-place', pattern: 'ORG|SUB#site:s in DIR? SUB|GPE#name:o', emit: [IN] },
  { name: 'site-comma-city', pattern: 'ORG|SUB#site:s , SUB#city:o ,|.|;|on|in', emit: [IN] },
  // "flew in from Westville in Ruritania"
  { name: 'prep-place-in-country', pattern: 'from|to|near|at|of SUB:s in DIR? GPE#name:o !\'s', emit: [IN] },
  // "Basra in Iraq, Kabul in Afghanistan and Oslo in Norway": each listed place with its own country
  { name: 'listed-place-in-country', pattern: ",|and|-|—|– SUB:s in DIR? GPE#name:o !'s", emit: [IN] },

  // --- SUPPORTED by alliance: "the Ruritanian army or its ally, Freedonia" (the ally supports)
  { name: 'its-ally', pattern: 'ORG|GPE:o and|or its|their ally|allies ,? ORG|GPE:s', emit: [{ p: 'SUPPORTED', s: 's', o: 'o' }] },
  { name: 'poss-ally', pattern: "ORG|GPE:o 's ally|allies ,? ORG|GPE:s", emit: [{ p: 'SUPPORTED', s: 's', o: 'o' }] },
  // "President X - backed by the ousted Prime Minister Y -": a backer set off by dashes or commas
  { name: 'backed-by', pattern: 'PER|ORG|GPE#name:o ,|-|—|– backed|supported|funded|armed by the? former|ousted|deposed|late? W* TITLE? PER|ORG|GPE#name:s', emit: [{ p: 'SUPPORTED', s: 's', o: 'o' }] },

  // --- PART_OF: "the Senate's Budget Committee", "the Main Directorate of the General Staff"
  { name: 'org-poss-unit', pattern: "ORG:o 's ORG#unit:s", emit: [PART] },
  // "Acme, parent company of Velto Cars", "Acme, the parent of Velto": the second is part of the first
  { name: 'parent-of-org', pattern: 'ORG:o , the? parent company|group|firm? of the? ORG:s', emit: [PART] },
  { name: 'unit-of-org', pattern: 'ORG#unit:s of the? ORG:o', emit: [PART] },
  // Companies and their subsidiaries: "Beta, a subsidiary of Acme", "Acme's Beta unit", "Acme subsidiary Beta",
  // "Beta, owned by Acme", "Acme-owned Beta"
  { name: 'org-subsidiary-of-org', pattern: 'ORG:s , a|an|the !former W* subsidiary|unit|division|arm|affiliate of the? GPE? W* FIRM? ORG:o', emit: [PART] },
  { name: 'org-former-subsidiary-of-org', pattern: 'ORG:s , a|an|the former W* subsidiary|unit|division|arm|affiliate of the? GPE? W* FIRM? ORG:o', emit: [{ ...PART, past: true }] },
  { name: 'org-poss-subsidiary-org', pattern: "ORG:o 's W* subsidiary|unit|division|arm|affiliate ,? ORG:s", emit: [PART] },
  { name: 'org-poss-org-unit', pattern: "ORG:o 's ORG:s unit|subsidiary|division|arm", emit: [PART] },
  { name: 'org-subsidiary-org', pattern: 'ORG:o subsidiary|unit|division ORG:s', emit: [PART] },
  { name: 'org-owned-by-org', pattern: 'ORG:s ,? which? is|was? owned|controlled by the? W* FIRM? ORG:o', emit: [PART] },
  { name: 'org-owned-org', pattern: 'ORG:o -owned|-controlled W* ORG:s', emit: [PART] },
];

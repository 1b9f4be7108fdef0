// Word shapes: "Xxxx" (runs capped at 4) and the short form with runs collapsed ("Xx").

const MAX_RUN = 4;

function charClass(c: string, code: number): string {
  if (code >= 48 && code <= 57) return 'd';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 65 && code <= 90) return 'X';
  if (code < 128) return c;
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  if (lower !== upper) return c === upper ? 'X' : 'x';
  return /\p{N}/u.test(c) ? 'd' : c;
}

/** Long and short shape of a word: ["Xxxx", "Xx"] for "London", ["X.X.", "X.X."] for "U.S.". */
export function wordShapes(word: string): [string, string] {
  let long = '';
  let short = '';
  let prev = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const k = charClass(word[i]!, word.charCodeAt(i));
    if (k === prev) {
      run++;
    } else {
      run = 1;
      prev = k;
      short += k;
    }
    if (run <= MAX_RUN) long += k;
  }
  return [long, short];
}

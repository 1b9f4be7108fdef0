// Abbreviation and sentence-starter lists read by the sentence splitter and the tokenizer.
import { SHORT_MONTHS } from '../lexicons/dates.js';

/**
 * Abbreviations (without their final period) after which a sentence never ends:
 * titles, months, "No." and similar words that always precede something.
 */
export const NON_TERMINAL_ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sr', 'Rev', 'Fr', 'Hon', 'Pres', 'Sen', 'Rep', 'Gov', 'Amb',
  'Messrs', 'Mmes', 'Drs', 'Profs', 'Sens', 'Reps', 'Govs', 'Gens',
  'Gen', 'Col', 'Lt', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Cdr', 'Brig', 'Lieut', 'Insp', 'Supt',
  'St', 'Mt', 'Ft', 'Ave', 'Blvd', 'Rd',
  'No', 'Nos', 'Nr', 'Vol', 'vol', 'pp', 'p', 'para', 'Art', 'art', 'Fig', 'fig', 'ch', 'Ch',
  ...[...SHORT_MONTHS].map((m) => m[0]!.toUpperCase() + m.slice(1)),
  'vs', 'v', 'approx', 'ca', 'cf', 'incl', 'excl', 'est', 'Est',
];

/**
 * Abbreviations that end with a period but may also end a sentence ("... Acme Inc. The ...").
 * The tokenizer keeps their period; the splitter ends a sentence after them only before a
 * typical sentence starter.
 */
export const AMBIGUOUS_ABBREVIATIONS: readonly string[] = [
  'Inc', 'Corp', 'Ltd', 'Co', 'Jr', 'Bros', 'Plc', 'plc', 'LLC', 'etc', 'al', 'Dept', 'Univ', 'Assn', 'Gov',
];

/**
 * Words that typically open a sentence; after an ambiguous abbreviation ("U.S.", "a.m.", "Inc.")
 * the splitter ends the sentence only when one of these follows.
 */
export const SENTENCE_STARTERS: readonly string[] = [
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'This', 'That', 'These', 'Those',
  'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Meanwhile', 'Earlier', 'Later',
  'In', 'On', 'At', 'After', 'Before', 'When', 'While', 'If', 'As', 'Since', 'Although', 'Though',
  'According', 'Also', 'Still', 'Then', 'Now', 'Today', 'Yesterday', 'Last', 'Next', 'His', 'Her',
  'Its', 'Their', 'Our', 'My', 'Some', 'Many', 'Most', 'All', 'Both', 'Each', 'No', 'Not', 'What',
  'Who', 'Why', 'How', 'Where', 'Which', 'One', 'Two', 'Three', 'Officials', 'Other', 'Another',
];

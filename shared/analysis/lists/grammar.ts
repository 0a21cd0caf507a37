/** Function words the rules read context with. One word per entry, lower case. */

/** Subject pronouns that can start a clause. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
]);

/** Words that make the next word a noun ("a kind of", "the leverage"). */
export const DETERMINERS: ReadonlySet<string> = new Set(
  'a an the this that these those my our your his her their its some any every each no what which whose one same different right wrong exact specific certain another other'.split(
    ' ',
  ),
);

/** Words a spoken clause often starts with before its real content. */
export const OPENERS: ReadonlySet<string> = new Set(
  'so and but then um umm uh uhh uhm er erm ah hmm okay ok well yeah yes because now also anyway like right alright'.split(
    ' ',
  ),
);

/** Words that end one clause and start another. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set(
  'and but so because then or which while when until after before since although though whereas'.split(
    ' ',
  ),
);

/** Copula forms ("it was", "things got"). */
export const COPULAS: ReadonlySet<string> = new Set(
  'am is are was were be been being got get gets became become becomes seemed seems felt looked'.split(
    ' ',
  ),
);

/** Modal verbs: what follows is hypothetical, planned or advised, not something that was done. */
export const MODALS: ReadonlySet<string> = new Set(
  'would could should will can might must may shall ought'.split(' '),
);

/** Adverbs and hedges that may sit between a subject and its verb ("we then quickly rolled back"). */
export const SUBJECT_VERB_FILLERS: ReadonlySet<string> = new Set(
  'also then just basically quickly eventually finally really actually immediately first still even already initially ultimately literally kind sort of pretty much all both together later soon again only simply mostly honestly definitely obviously manually personally myself ourselves jointly collectively like um uh immediately instead additionally luckily fortunately unfortunately slowly carefully gradually essentially probably maybe kinda sorta'.split(
    ' ',
  ),
);

/** Negations: "we didn't test it" is not a claim of action. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'no']);

/** Function words shared by story grouping and outlet-name reading: a leaf module, so that importing either never runs a cycle of module initialisations. */

/** French and English function words (and a few ubiquitous news verbs) that say nothing about the event. Accents folded. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'les des une dans pour sur par avec que qui quoi quel quelle quels quelles pas plus moins aux ces cette cet ses son sa sont sans sous tout tous toute toutes ' +
    'aussi mais comme dont elle elles ils nous vous leur leurs lui ete etre est ont avait avaient etait etaient sera seront sont va vont ' +
    'fait faire font peut peuvent doit selon apres avant entre lors depuis pendant contre vers chez deja encore tres bien ' +
    'meme autre autres premier premiere dernier derniere ainsi alors donc car quand ' +
    'cela celui celle ceux ici oui non comment pourquoi combien veut faut mon ton mes tes nos vos notre votre ' +
    'declare affirme indique ajoute explique annonce rapporte estime souligne precise dit ' +
    'the and for with that this from are was were has have had will would can could not but its his her their they who what when where why how'
  ).split(' '),
);

import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * The one wink-nlp instance: loading the model takes a moment, so every document shares it.
 * Only the annotations the stages read are run — sentence boundaries, negation and POS (lemmas
 * come with POS). Named entities and sentiment are left out: nothing reads them, and they
 * cost about a third of wink's time. Tokens, sentences, POS and lemmas are the same either way.
 */
export const nlp = winkNLP(model, ['sbd', 'negation', 'pos']);
export const its = nlp.its;

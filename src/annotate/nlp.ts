import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The one wink-nlp instance: loading the model takes a moment, so every document shares it. */
export const nlp = winkNLP(model);
export const its = nlp.its;

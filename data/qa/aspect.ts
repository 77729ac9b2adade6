import type { Aspect } from '../catalogue/schema.js';
import { normalizeText } from './normalize.js';

/**
 * How people ask for each aspect, on normalised text (no accents, lower case).
 * Strong signals name the aspect outright ("combien de temps", "à distance"); weak
 * ones only hint at it ("atelier", "bénéficiaire") and count only when no strong
 * signal is there. Among signals of the same strength, the one asked first wins.
 */
type Pattern = readonly [Aspect, RegExp];

/** « en visio », « à distance », « de chez lui »: following a programme from home. */
export const FROM_HOME =
  /\b(visio\w*|a distance|distanciel|(de|depuis) chez (soi|lui|elle|eux|elles|moi)|en ligne)\b/;

/** « il peut faire la prépa de chez lui ? », « elle peut faire la promo en visio ? »: how it is followed, not who may. */
const FOLLOWED_FROM_HOME = new RegExp(
  `\\b(si )?((il|elle|ils|elles|on) )?(peut|peuvent|pourrait|pourraient|pourra) (la |le |l )?(faire|suivre)\\b(?=.*${FROM_HOME.source})`,
);

const STRONG: readonly Pattern[] = [
  [
    'overview',
    /\b(en (dire|savoir) plus|m en dire plus|dites m en plus|presente(z)? (moi|nous)|(me|nous) presenter|presentation (de|du)|parle(z)? moi (de|du|des))\b/,
  ],
  [
    'comparison',
    /\b(difference|differences|different|differents|differencier|distinguer|vs|versus|compar\w*|choisir entre|plutot(?! (partant|motive|bien|bon|ok|d accord|favorable|content|interesse|pas|mal|pret|chaud|ouvert|positi)\w*)|par rapport (a|au|aux))\b/,
  ],
  [
    'duration',
    /\b((combien|cb|cbien|cmb) de (temps|j|jours?|semaines?|mois|heures?|demi journees?)|(c est|c|cest|ca fait) (bien |vraiment |toujours |seulement |que )?(\d+|deux|trois|quatre|cinq|six|huit|treize) (jours|semaines|mois)|duree|durees|dure|durent|ca prend combien|longtemps|(ca |il |elle |ils |elles |on )?(finit|finira|finissent|se termine|se terminera|termine|terminera|sort|sortira|sortent|sortiront|s arrete|prend fin)( vers| a peu pres| environ)? (quand|a quelle date|vers quelle date|en quel mois)|dates? (de fin|de sortie)|deborde\w*|(aller|durer|se prolonger|depasser) jusqu (en|a|au)|nombre de (jours?|semaines?|mois|heures?)|\d+ (semaines|mois) ou|\d+ (jours|semaines|mois) (en tout|au total|maxi\w*|max)|pendant (\d+|deux|trois) (jours|semaines|mois)|a temps (plein|partiel)|(c est|c|ca|est ce|c est pas|c pas)( reste| sera| serait)? (trop |tres |assez )?(long|court)|(le|la|les) (plus|moins) (courte?s?|longs?|longues?|rapides?)|(prend|prennent|dure|durent) le (moins|plus) (de temps|de jours|longtemps)|(?<!\b(il|elle|on|je|j) )(prend|prennent|dure|durent)( que| seulement| juste| bien| pas)? (une|un|\d+|deux|trois|quatre|cinq|six|huit|treize)( demi)? (journees?|jours?|semaines?|mois|heures?)|(?<!\b(depuis|il y a|ca fait|fait|dans|sous|avant|apres|d ici) )(\d+|deux|trois|quatre|cinq|six|huit|treize) (journees?|jours|semaines|mois)( (la|le|l) (prepa|pec|promo|1618|comp\w*|clea|vae|rsfp|volet \d|atelier \d))?( (c est|c|est ce|c est pas|c pas)( bien)? (ca|exact|juste|correct|vrai)| je crois| il me semble| non| hein)\b)\b/,
  ],
  [
    'target',
    /\b((il|ils|elle|elles|on|l afpa|l etat) (vise|visent|visait|visaient) (quoi|quel\w*)|resultats? (attendus?|vises?)|(on|il|ils) (devait|devaient|doit|doivent) (en )?(faire entrer|orienter|envoyer|accueillir|faire)|objectifs? (chiffres?|2022|2023|annuels?|de l annee|du departement|quantitatifs?|fixes?)|objectifs? pour (2022|2023|l annee)|objectifs? (du|pour le|de notre|dans le|sur le) (tarn( et garonne)?|82|cd|cd ?82|territoire)|objectifs? (de |d |en )(brsa|rsa|allocataires?|beneficiaires?|jeunes|personnes|entrees?|orientations?|prescriptions?)|cible|cibles|quota|combien d (personnes|places|beneficiaires|allocataires|jeunes|entrees|prescriptions|ase|brsa|rsa)|(c |c est |ce qui |qui )?(etait|etaient|est|sont) prevue?s? (pour|en|par|dans) (l annee|l an|2022|2023|la convention|l accord|le plan)|(etait|etaient) prevue?s?$|combien de (personnes|places|beneficiaires|allocataires|jeunes|entrees|prescriptions|brsa)|(personnes|publics?|beneficiaires|nombre|chiffre) vises?|vises? (par|pour) (an|l annee|2022|2023)|objectifs?(?! (de|du|d|des|est|c est)\b)|nombre de (personnes|places|beneficiaires|allocataires|jeunes|entrees) (prevu|vise|attendu)\w*|combien (sont|en) prevu\w*|(prevus?|prevues?) dans (la convention|l accord|le plan)|chiffres?)\b/,
  ],
  [
    'prescription',
    /\b((je dois|dois je|on doit|doit on|faut il) (lui |leur )?(dire|expliquer|verifier|preparer) quoi|sans (son|leur) (accord|avis|adhesion|consentement)|(il|elle|ils|elles|on) (peut|peuvent|pourra|pourrait|a le droit de|a le droit d) (dire non|refuser|decliner)|(c est|c|est ce) (obligatoire|oblige|force|impose)( (la |le |l )?(prepa|pec|promo|1618|comp\w*|dispositif|programme|parcours|formation)\b| ou\b|$)|(obligee?|forcee?) (d y aller|de (la |le )?faire|d y participer|d y entrer)|contre (son|sa|leur) (avis|gre|volonte)|(pas|peu) (trop |tres |vraiment |tellement |hyper )?(partante?s?|volontaires?)|(sur la base du |base sur le |au )volontariat|(c est |c |faut il etre |faut etre )?volontaires?( ou pas)?$|avant d (envoyer|orienter|inscrire|positionner) (qqn|quelqu un|une personne|la personne|un jeune|une jeune|mon|ma|mes)\b|qui (est|sont) habilite\w* (a|pour) (le |la |l )?(proposer|prescrire|orienter)|(je dois|dois je|on doit|doit on) (faire )?(quoi|de mon cote|de notre cote|avant)|(mon|notre) role|ce que (je dois|on doit) faire|de mon cote|accord (de l |du |de son |de la |de leur |de leurs |des |de ses )?(employeurs?|mairies?|patrons?|entreprises?|structures?|collectivites?)|(l |son |leur |un )?accord de qui|(il )?(lui |leur )?faut quoi (de plus|d autre|en plus|encore)|qu est ce qu il (lui |leur )?faut (de plus|d autre|en plus|encore)|qui (doit|doivent) (donner (son|leur) accord|etre d accord|l accepter)|employeur (veut|refuse|accepte)|(prevenir|previen\w*|informer|avertir) (l |la |le |son |sa |leur )?(employeur|patron|mairie|entreprise|structure|association)|(leur|son) accord (c est |c |est )?(obligatoire|necessaire|indispensable)|passer outre|conditions? materielles?|garde (des |de ses |d )?enfants?|faire garder|nounou|creche|mode de garde|(on|je) (les |l |la |le )?inscri[ts] ou|ou (on|je) (les |l |la |le )?inscri[ts]|prescri(?!te?s? par (?!qui\b))\w*|inscrire|inscription|inscris|inscrivez|inscrivent|orient\w*|comment (l |les |des |en |on )?(obtenir|obtient)|demarches?|candidat\w*|positionn\w*|panda|comment (y )?(entrer|acceder|faire entrer|envoyer|proposer)|qui (l |la |les |y |en )?(propose|proposent|oriente|orientent|envoie|envoient)|qui (l |la |les |le )?inscri\w*|qui peut (l |la |y |les )?(proposer|orienter|envoyer|prescrire|inscrire)|faire la demande|fiche de liaison|porte d entree|passer par qui|(ils |elles |il |elle )?passent par qui|(il |elle |on |ca )?passe(r)? par ou|par ou (il |elle |on |ca )?passe|(ca )?passe par qui|par qui (je )?(dois )?passer|qui contacter|a qui (m |je )?(adresser|demander|envoyer)|(faut (il )?|doit on |dois je |on doit |je dois )passer par (ft|france travail|pole emploi|la ml|la mission locale|le cd|le departement)|(le |la |les )?faire (en )?direct\w*|(je|on|il|elle) (dois|doit) faire quoi|(mon|notre|son|le) role( du referent| de la referente)?|role (du |de la |des )?ref\w*|en amont)\b/,
  ],
  [
    'modality',
    new RegExp(
      `${FOLLOWED_FROM_HOME.source}|\\b((c est |c |ca sera |ce sera |est ce )?(loin|pres) de chez (lui|elle|eux|elles)|rythmes?|modalites? d organisation|quels? jours|quel jour de la semaine|jours? de presence|a distance|distanciel|distance|presentiel|pas de (voiture|vehicule|bus|transport|moyen de transport)|sans (voiture|vehicule|moyen de transport)|pas motorisee?|visio\\w*|en ligne|sur place|teletravail|a domicile|de chez (soi|lui|elle|moi)|ou (ca |cela |il |elle )?se (passe|deroule|fait)|ou a lieu|ou ca a lieu|se passe ou|se deroule ou|se fait ou|c est ou|c ou|ou c est(?! (juste|seulement|que|plutot|pas|un|une|du|de|des))|quel lieu|lieu|locaux|centre afpa|montauban|hybride|mixte|en vrai|deplacer|((du|le|les|que le|que les|tous les|meme le|aussi le) )(lundi|mardi|mercredi|jeudi|vendredi)|(lundi|mardi|mercredi|jeudi|vendredi|lun|ven) (au|a|et|ou|jusqu|lundi|mardi|mercredi|jeudi|vendredi|lun|ven)|(lundi|mardi|mercredi|jeudi|vendredi) ?$|quels jours|tous les jours|chaque jour|temps plein|temps partiel|horaires?)\\b`,
    ),
  ],
  [
    'phases',
    /\b((c est quoi|c quoi|qu est ce que c est|qu est ce qu il y a dans|ca consiste en quoi|on fait quoi dans) (l |le |la )?(atelier|volet|phase|etape) \d|formation (c est |c |est |sera )?(a l |au |a la |chez |dans un |en )(ifsi|ifas|greta|cfa|croix rouge|autre organisme)|(c est |c |c est comment |comment c est )?(decoupee?s?|sequencee?s?|structuree?s?) (comment|en combien|en quoi|en \w+ (phases?|etapes?|parties?|temps))|(la |sa )?(1ere|premiere|derniere|2e|deuxieme|2eme) semaine|(partent|partir|part|vont|va|aller|parti\w*) en mobilite|initiation a la mobilite|periode de mobilite|quels? volets?|quels? ateliers?|(atelier|volet|phase) \d (et|ou) (l |le |la )?((atelier|volet|phase) )?\d|(doit|doivent|devra|devront|faut il|faut) (qu (il|elle|ils|elles) )?(signer|signe|signent) (qqch|quelque chose|un papier|des papiers|un document|des documents|une autorisation|un accord)|(signature|accord) (des|de ses|du|de la) (parents|pere|mere)|autorisations? (parentales?|(des|de ses|de leurs|du|de la) (parents?|pere|mere|tuteur|tutrice))|(mere|pere|maman|papa|tuteur|tutrice) (refus\w*|ne veut pas|veut pas|(ne )?veut rien signer)|refus\w* de signer|parents? (refus\w*|signe\w*|d accord|veulent pas|ne veulent pas|(veu\w+ )?(rien|pas|ne (veu\w+ )?(rien|pas)) signer)|etapes?|phases?|deroul\w*|dorm\w* (ailleurs|sur place|la bas|loin|hors de chez)|decouch\w*|(devoir|doit|devra|va|vont|faut il) partir|(partir|partent|part|partira|partiront) (loin|ailleurs|de chez)|initiation a la mobilite|periode de mobilite|volets|volet \d (et |ou )?(le )?(volet )?\d|comment (ca|cela|c) se passe|comment se passe|se passe comment|a quel moment|ca tombe quand|tombe a quel|organis\w*|sequences?|temps forts|chronologie|planning)\b/,
  ],
  [
    'audience',
    /\b((pas|non) inscrite?s? (a|au|chez) (ft|france travail|pole emploi)|pour qui|a qui|public|publics|qui peut (en )?(beneficier|faire|suivre|y aller|participer|entrer|acceder)|beneficier|eligib\w*|s adresse(?! a qui)|conditions?|criteres?|(peut|peuvent|pourrait|pourraient)( (il|elle|ils|elles|on))?( encore| quand meme)? (faire|suivre|entrer|rentrer|acceder|beneficier|y aller|aller(?! jusqu| au dela)|participer|integrer|postuler)|rentre dans|accessible|ouverte?s? (a|aux)|reservee?s? (a|aux)|c est pour (les|des|qui|quel)|pour les (salaries|jeunes|allocataires|personnes|demandeurs|beneficiaires|mineurs)|concerne qui|qui est concerne|qui sont concernes|(quel|kel|quelle) age|tranches? d ages?|age (minimum|maximum|max|maxi|mini|min|requis|limite)|limites? d age|trop (vieux|vieille|age|agee)|(rsa|brsa|ft|france travail|pole emploi|inscri\w*|diplomes?|majeure?s?|rqth|age|qualif\w*)\b.*\b(obligatoire\w*|necessaire|exigee?s?|requise?s?|indispensable|imperatif)|(faut|faut il|doit|doit on|doit il|doit elle) (etre|avoir) (au |le |un |une |inscrite? |majeure?s? |diplomee?s? )?(rsa|brsa|inscrite?|majeure?|diplomee?|diplome|ft|france travail)|faut (il )?qu?e? ?(la personne|il|elle|ils|elles|le jeune|la jeune|on) (soit|soient|s inscrive|ait|aient) (inscrite?s?|au rsa|au brsa|majeure?s?|diplomee?s?)|besoin (qu (il|elle) s inscrive|d etre inscrite?|de s inscrire|de l inscrire) (a |au |chez )?(ft|france travail|pole emploi)|(faut|faut il|doit|doit il|doit elle|devra) (qu (il|elle) )?s inscri\w* (a |au |chez )?(ft|france travail|pole emploi)|s inscri\w* (a |au |chez )?(ft|france travail|pole emploi) (avant|d abord|au prealable)|(faut|faut il|doit|doit on|dois je|doit il|doit elle)( d abord| avant| au prealable| forcement)? (l |la |le |les )?inscrire (a |au |chez |sur )?(ft|france travail|pole emploi)|faut (il )?(avoir )?(un |le |des |une )?(diplomes?|niveau|bac|cap|brevet|prerequis)\b|quel niveau|niveau (requis|minimum|demande|exige)|(quels?|quelles?) (sont )?(les )?prerequis|(sans|pas de|aucun) (diplomes?|qualifications?) (c est |c |ca )?(possible|ok|bloquant|grave|un probleme))\b/,
  ],
  [
    'content',
    // « (demarr|…)(?<=…contrat…) »: the look back runs only where a verb was found, not at every letter.
    /\b((l afpa|vous|ils) (peut|peuvent|pourrait|pourraient|pouvez|pourriez) (y )?(faire|proposer) (quoi|quelque chose|qqch)|(c est|c|ca ressemble|ca sera|ce sera|ca se passe|c est pareil|ce soit|ca soit) (des cours )?(comme |a )?(a )?l ecole|(c est|c|ce soit|ca soit) (scolaire|comme en classe|comme au lycee|comme au college|des cours)|concretement (pendant|dans|en)|ce qu (il|elle|ils|elles|on) (y )?(va|vont) (y )?faire|ce qu (on|ils|elles|il|elle) (y )?(fait|font|fera|feront) (pendant|dans|durant|a|en) (la |le |l )?(promo|prepa|pec|1618|comp\w*|programme|parcours|dispositif|atelier|volet)|contenus?|contient|comprend quoi|ca comprend|qu est ce qu on (y )?fait|on y fait quoi|on fait quoi|(il|elle|ils|elles|on) (y )?(fait|font|ferai\w*|fera|feront|va faire|vont faire) quoi|que fait on|qu y fait on|au programme|programme de|qu est ce qu on (y )?apprend|on y apprend|(ils|elles|on) (y )?(preparent|prepare|passent|passe) (le|la|les|l|un|une|des)|(doc|document|livret|attestation|papier|truc) qui (lui |leur )?reste|(il|elle) (lui|leur) reste quoi|(c est |c )?qui (qui )?(le|la|les) (suit|suivent|accompagne|accompagnent)|accompagnement prolonge|portefeuilles? de competences|(c est |c )?(avec|par) qui (ce |le |l )?(suivi|accompagnement)|(suivi|accompagnement) (c est |c )?(avec|par) qui|qui (qui )?(le |l )?(fait|assure|fera|porte|gere) (ce |le |l )?(suivi|accompagnement)|(repart|repartent|ressort|ressortent) avec (quoi|un|une|des|quelque chose|qqch)|code (de la )?route|on apprend quoi|qu est ce qu il y a dedans|debouche\w*|bilan|a la fin|a l issue|en fin de parcours|(ce qui|qu est ce qui) (se passe|va se passer|se passera) (apres|ensuite)$|apres (le|la|l) (parcours|formation|programme|dispositif|promo|prepa|pec|1618)|apres (les )?\d+ (semaines|mois)|(vont|partent|s orientent|se dirigent) vers quoi|ils deviennent quoi|une fois sortie?s?|une fois (le |la |l )?(programme|parcours|formation|promo|prepa|dispositif) (fini|finie|termine|terminee|acheve|acheve)|(il y a|y a|ya) (un )?suivi|(est|sera|reste|restent|sont) (encore |toujours )?(suivie?s?|accompagnee?s?)|un suivi (apres|ensuite|derriere)|(associee?s?|impliquee?s?|participe\w*) (a|au|dans) (ce |le |leur |son )?suivi|(a|apres) (la|sa) sortie|suivie? (apres|ensuite)|accompagne\w* apres|trop tot|trop tard|(quels?|quelles?) (titres?|certifications?|diplomes?|competences)|decouvr\w* (quels?|quoi|des|les) metiers|(quels?) metiers (ils |elles |on )?(decouvr\w*|voi\w*)|(lancer|mobiliser|activer) (le |la |l )?(\w+ )?(quand|des|avant|deja)|(demarr|commenc|lanc|mobilis)(?<=\b(contrat|pec)\b.*)\w* quand\b|(demarr|commenc|lanc|mobilis)\w* quand\b(?=.*\b(contrat|pec)\b)|(quand|deja) (on peut |peut on |est ce qu on peut )?(le |la |l )?(lancer|mobiliser|activer)|faut (il )?attendre|(des|avant|apres) (la )?signature|(quand|a quel moment) (dans|pendant|au cours de|du|de) (le |son |sa |leur )?(contrat|pec))\b/,
  ],
];

const WEAK: readonly Pattern[] = [
  [
    'content',
    /\b(ateliers?|activites?|font|obtien\w*|evalu\w*|valide\w*|titres?|modules?|evaluations?|certif\w*)\b/,
  ],
  // « mon jeune de 17 ans veut faire la promo, c'est où ? »: an age describes the person;
  // it asks who the programme is for only when nothing else is asked.
  ['audience', /\b(beneficiaires?|\d+ ans)\b/],
  // « le volet 1 c'est pour quoi faire ? »: the volets are the programme's steps.
  ['phases', /\bvolet \d\b/],
  // « c'est pendant le contrat ou après ? »: when in the contract it is mobilised, which its content says.
  [
    'content',
    /\b((pendant|apres|avant|au debut|a la fin|au cours) (de |du )?(le |son |leur |du )?contrat|(des|a) la signature)\b/,
  ],
];

function firstSignal(text: string, patterns: readonly Pattern[]): Aspect | undefined {
  let best: { aspect: Aspect; index: number } | undefined;
  for (const [aspect, pattern] of patterns) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) best = { aspect, index: match.index };
  }
  return best?.aspect;
}

const TWO_STEPS =
  /\b(diff\w*|compar\w*)\b.*\b(volet|vol|atelier|phase) \d\b.*\b\d\b|\b(volet|vol|atelier|phase) \d\b.*\b(volet|vol|atelier|phase)?\s?\d\b.*\b(diff\w*|vs|versus|compar\w*|ou)\b|\b(diff\w*|compar\w*) (entre )?(les )?(deux |2 )?(volets|ateliers|phases)\b|\b(volet|vol|atelier|phase) \d (vs|versus|ou|et) (le |l )?(volet |atelier |phase )?\d\b/;

const STEP_ASKED =
  /\b(volet|vol|atelier|phase) \d\b.*\b(pour qui|pour quoi|c est quoi|c quoi|sert a quoi|a quoi sert)\b/;
const LONGER =
  /\b((peut|va|pourrait|vont|peuvent) (durer|etre prolonge\w*)|prolonge[rz]?|rallonge[rz]?|durer plus|plus de temps|plus longtemps|(etre|durer) plus long|(besoin|manque) de temps|(aller|durer|continuer) au dela|depasse[rz]? (les )?\d+ (semaines|mois))\b/;

/**
 * « obligée de faire sa formation à l'AFPA ou elle peut aller ailleurs ? », « une formation ailleurs qu'à l'AFPA,
 * la prépa peut lui servir ? »: volet 2 secures an entry « à l'AFPA ou hors AFPA ».
 */
const TRAINING_ELSEWHERE =
  /^(?=.*\b(obligee?s?|forcee?s?|forcement|oblige)\b)(?=.*\bformations?\b).*\b(ailleurs|autres? organismes?|hors (de l )?afpa|a l afpa)\b|\b(meme si|si) (la |sa |leur )?formations? (n )?(est|se fait|a lieu) (pas|ailleurs|hors)\b|^(?=.*\bformations?\b).*\b(ailleurs qu (a l )?afpa|hors (de l )?afpa|(dans )?(un |d )?autres? (organismes?|centres?)|pas a l afpa)\b.*\b(servir|sert|utile|aider|aide|interet|vaut le coup)\b/;

/**
 * « les étapes pour orienter un BRSA vers compétences pec », « je voudrais prescrire comp pec
 * pour un salarié…, c quoi les étapes ? »: the steps of prescribing, not of the programme.
 */
const STEPS_OF_PRESCRIBING =
  /\b(etapes?|demarches?|procedure|marche a suivre) (pour|a suivre pour|afin d) (l |la |le |les )?(orienter|prescrire|inscrire|positionner|envoyer)\b|\b(voudrais|veux|vais|souhaite|souhaiterais|dois) (le |la |l |les )?(prescrire|orienter)\b.*\b(etapes?|demarches?|procedure|marche a suivre)\b/;

/** « le référent de parcours du CD, il fait quoi dans prépa ? »: his part, which is to prescribe and follow. */
const REFERENT_ROLE =
  /\breferent\w*\b(?! (afpa|de l afpa))\b.*\b(fait quoi|role|doit faire|missions?|s occupe de quoi|taches?)\b/;

/**
 * « c quoi ce chiffre de 35 000 jeunes dans la plaquette ? »: a figure the card gives;
 * « objectifs de résultat au national ? »: the national target a programme's card gives beside the
 * Département's; « l'objectif de la PEC en 2022 »: that year's.
 */
/** « ce chiffre de 35 000 jeunes »: a figure quoted, whose meaning is asked. */
export const QUOTED_FIGURE = /\b(ce|le|du|un) (chiffre|nombre) de \d+( \d{3})*\b/;
const TARGET_WORDS =
  /\b\d+ (places|personnes|jeunes|brsa|allocataires|beneficiaires|entrees|orientations)( \w+){0,2} (par an|par annee|sur l annee|sur un an)\b|\b\d+ (personnes|jeunes|brsa|allocataires|beneficiaires|entrees|orientations)( \w+){0,2} (dans l annee|cette annee|en 202\d)\b|\b(objectifs? (chiffres?|quantitatifs?|annuels?|(de |d )?(\d+ (pour ?cent )?(de )?)?(resultats?|sorties?|reussite)|nationaux)|quotas?|on a un objectif|taux de (sorties?|reussite))\b|\b\d+ (pour ?cent )?(de )?sorties? (positives?|dynamiques?)\b|\bobjectifs? (c est |c |est de |de |d )?\d+( \d{3})? (places|personnes|jeunes|brsa|allocataires|beneficiaires|entrees|orientations)\b|\b\d+( \d{3})? (places|personnes|jeunes|brsa|allocataires|beneficiaires|entrees|orientations)\b.*\b(c est |c )?(l |leur |notre )?objectifs?\b|\bobjectifs?\b.*\b(au |le )?(niveau )?national\b|\bobjectifs?\b.*\b202\d\b|\bnational\w*\b.*\bobjectifs?\b|\bobjectifs?\b[^?]*\b(combien|cb|cmb)\b(?! de (temps|jours?|semaines?|mois|heures?))/;
const TARGET_NAMED = new RegExp(`${QUOTED_FIGURE.source}|${TARGET_WORDS.source}`);

/** « à quel moment on le lance », « dès quand on peut le mobiliser », of Compétences PEC or of a contract. */
const WHEN_IN_THE_CONTRACT =
  /^(?=.*\b(pec|contrat)\b)(?=.*\b(a quel moment|des quand|quand)\b)(?=.*\b(lance|lancer|lancee?|mobilise\w*|demarr\w*|declench\w*)\b)/;

const HIGHWAY_CODE =
  /\b(code de la route|passer (le |son |leur )?code|(prepare\w*|preparation) (a |au |le |du |pour le )?code)\b/;

/** The aspect a question asks about, `overview` when it asks for nothing in particular. */
/** « bonjour, ici l'accueil de l'AFPA Montauban, … »: who speaks, and where, is no place asked. */
const SPEAKER =
  /^\s*(?:(?:bonjour|bjr|salut|hello)\s*[,!.]?\s*)?(?:ici|c est|c’est|c'est) (?:l[’' ]?accueil|le centre|l[’' ]?afpa|la formatrice|le formateur|l[’' ]?equipe|l[’' ]?équipe)[^,.;?]*[,.;]/i;

export function detectAspect(question: string): Aspect {
  const text = normalizeText(question.replace(SPEAKER, ' '));
  // « volet 1 vs volet 2 ? »: the steps of one programme, compared in its steps.
  if (TWO_STEPS.test(text)) return 'phases';
  // « comp pec c'est à quel moment qu'on le lance ? »: when in the contract, which its content says.
  if (WHEN_IN_THE_CONTRACT.test(text)) return 'content';
  if (STEPS_OF_PRESCRIBING.test(text) || REFERENT_ROLE.test(text)) return 'prescription';
  // « et le volet 2 c'est pour qui ? »: what that step is, in the steps.
  if (STEP_ASKED.test(text) || TRAINING_ELSEWHERE.test(text)) return 'phases';
  // « ils veulent passer le code, la promo aide pour ça ? »: La Promo's workshops prepare the highway code.
  if (HIGHWAY_CODE.test(text)) return 'content';
  // « entre les phases, ça peut durer plus ? » asks how long, whatever is named before.
  if (LONGER.test(text)) return 'duration';
  // « pour les jeunes ASE sur la promo, on a un objectif chiffré ? » asks the target, whoever it is for.
  if (TARGET_NAMED.test(text)) return 'target';
  return firstSignal(text, STRONG) ?? firstSignal(text, WEAK) ?? 'overview';
}

/**
 * « c'est quoi la VAE et c'est pour qui ? » asks what the programme is as well as the rest;
 * « c quoi la durée ? » asks only the duration.
 */
const WHAT_IT_IS =
  /\b(c est quoi|c quoi|c koi|c est koi|qu est ce que c est|qu est ce que|kesako|en quoi (ca |cela )?consiste|ca consiste en quoi|(ca |cela )?veut dire quoi|(ca |cela )?signifie quoi|qu est ce que (ca|cela) (veut dire|signifie))\b(?! (la |le |les |l |leur |son |sa )?(duree|diff\w*|public|contenu|programme|role|lieu|conditions?|criteres?|modalites?|etapes?|phases?|objectifs?|bilan|volets?|ateliers?|age|demarches?|cout|prix|tarifs?|horaires?|planning|deroulement|on|je|il|elle|ils|elles|vous|tu)\b)/;

export function asksWhatItIs(question: string): boolean {
  return WHAT_IT_IS.test(normalizeText(question));
}

/** Whom a programme aims at, said by its purpose: « très loin de l'emploi », « déjà un projet ou pas ». */
const AIM_ASKED =
  /\b(loin|eloignee?s?) de l ?emploi\b|\b(deja|pas encore) (un|de) projet\b|\bprojet ou pas\b/;

const WHICH_DAYS = /\b(quels? jours?|quel jour de la semaine|jours? de presence|rythme)\b/;

/** « combien de temps et qui prescrit ? » asks two things: a second question joined by « et », a comma or « ? ». */
const SECOND_QUESTION = /\b(et|puis|aussi|ainsi que)\b|[,;?]/;

/**
 * Every aspect a question asks about, in the order asked: the first as `detectAspect`
 * finds it, then any other aspect with a strong signal after a joining word.
 */
export function detectAspects(question: string): Aspect[] {
  const first = detectAspect(question);
  const normal = normalizeText(question);
  // « et la prépa c'est quels jours ? »: which days, which its rhythm of days over weeks says too.
  const rhythm: Aspect[] = first === 'modality' && WHICH_DAYS.test(normal) ? ['duration'] : [];
  // « cléa numérique c pour qui c quoi »: what it is, asked without a comma, as well as whom it is for.
  if (!SECOND_QUESTION.test(question.toLowerCase()))
    return first === 'audience' && asksWhatItIs(question) ? ['overview', first] : [first, ...rhythm];
  // An overview or a comparison answers the whole question by itself.
  const others = compared(question).filter((a) => a !== first);
  if (first === 'comparison') return [first];
  // « c pour qui ? des gens qui ont déjà un projet ou pas ? très loin de l'emploi »: what it is for says it.
  const whatItIs =
    first !== 'overview' && (asksWhatItIs(question) || AIM_ASKED.test(normal)) ? ['overview' as const] : [];
  // « elle peut faire la promo en visio ? » asks how, not who may: its « peut faire » asks no public.
  const fromHome =
    first === 'modality' &&
    FOLLOWED_FROM_HOME.test(normal) &&
    !/\b(pour qui|public\w*|a qui|eligib\w*|condition\w*)\b/.test(normal);
  const rest = others.filter((a) => !(fromHome && a === 'audience'));
  return [...whatItIs, first, ...rest, ...rhythm.filter((a) => !rest.includes(a))].slice(0, 3);
}

/**
 * What a question asks beside « which is which », in the order asked: « prépa ou PEC,
 * la différence en durée ? » compares the durations.
 */
export function compared(question: string): Aspect[] {
  const text = normalizeText(question.replace(SPEAKER, ' '));
  const found: Array<{ aspect: Aspect; index: number }> = [];
  for (const [aspect, pattern] of STRONG) {
    const match = pattern.exec(text);
    if (match) found.push({ aspect, index: match.index });
  }
  return found
    .sort((a, b) => a.index - b.index)
    .map((f) => f.aspect)
    .filter((a) => a !== 'overview' && a !== 'comparison');
}

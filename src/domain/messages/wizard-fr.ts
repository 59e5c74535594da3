import type { WizardTexts } from "./wizard-catalogue.js";
import { countFr, p, pluralFr } from "./plain-text.js";


const STEP_TITLES: Readonly<Record<string, string>> = {
  welcome: "Bienvenue",
  company: "Votre entreprise",
  eligibility: "Éligibilité",
  costs: "Coûts : boutique ou salons",
  catalogue: "Catalogue",
  fixes: "Constats et corrections",
  names: "Noms chinois",
  export: "Export et dossier",
  summary: "Récapitulatif",
};

const STEP_PURPOSES: Readonly<Record<string, string>> = {
  company: "raison sociale, SIRET, taille : vérifiés à la saisie",
  eligibility: "le verdict, règle par règle, expliqué",
  costs: "une boutique Tmall Global face aux salons, avec un graphique",
  catalogue: "importer votre fichier (CSV, Excel) ou saisir vos produits un par un",
  fixes: "ce qui ne va pas dans le catalogue, à corriger sur-le-champ",
  names: "des noms chinois proposés pour les produits qui n'en ont pas, à garder ou à remplacer",
  export: "les fichiers prêts pour Tmall Global et le dossier de candidature",
  summary: "ce qui a été enregistré, où, et la suite",
};

const COMPANY_QUESTIONS: Readonly<Record<string, string>> = {
  legalName: "Raison sociale de l'entreprise :",
  siret: "SIRET du siège (14 chiffres, sur le Kbis) :",
  siren: "SIREN (9 chiffres) :",
  postcode: "Code postal du siège :",
  headcount: "Effectif en équivalents temps plein (par exemple 12 ou 12,5) :",
  turnoverEur: "Chiffre d'affaires annuel hors taxes, en euros :",
  balanceSheetEur: "Total du bilan, en euros (Entrée pour passer) :",
  independent: "L'entreprise est-elle indépendante ? (Non si une entreprise qui n'est pas une PME détient plus de 25 % du capital)",
  brands: "Vos marques, séparées par des virgules (Entrée pour passer) :",
  trademark: "Votre marque est-elle déposée ?",
  contactName: "Nom de la personne à contacter (Entrée pour passer) :",
  contactEmail: "Son adresse e-mail (Entrée pour passer) :",
  contactPhone: "Son téléphone (Entrée pour passer) :",
};

const COST_QUESTIONS: Readonly<Record<string, string>> = {
  "costs.fairsPerYear": "Combien de salons professionnels faites-vous (ou feriez-vous) par an pour vendre en Chine ?",
  "costs.salesEur": "Ventes annuelles attendues en Chine, en euros (un montant comme 100 000 ou 1,5 M€, ou une fourchette : entre 50 000 et 200 000) :",
  "costs.years": "Sur combien d'années comparer ?",
};

const PRODUCT_QUESTIONS: Readonly<Record<string, string>> = {
  sku: "Référence du produit (lettres, chiffres, . _ / -) :",
  name_fr: "Désignation en français :",
  name_zh: "Nom en chinois (exigé par Tmall Global ; Entrée pour plus tard) :",
  brand: "Marque :",
  category: "Catégorie :",
  labels: "Labels, séparés par | (AOP, IGP, Label Rouge, AB, Ecocert, Cosmos… ; Entrée si aucun) :",
  origin_postcode: "Code postal du lieu de fabrication :",
  hs_code: "Code SH (nomenclature douanière, 6 à 10 chiffres) :",
  gtin: "Code EAN (code-barres ; Entrée si aucun) :",
  shelf_life_months: "Durée de conservation en mois (DDM ; Entrée si sans objet) :",
  ingredients: "Ingrédients, séparés par des virgules, comme sur l'étiquette (exigés pour un produit alimentaire) :",
  manufacturer: "Fabricant (exigé pour un produit alimentaire) :",
  manufacturer_address: "Adresse du fabricant (exigée pour un produit alimentaire) :",
  net_weight_g: "Poids net en grammes :",
  price_eur: "Prix de vente HT en euros :",
  image_urls: "Photos : adresses https ou fichiers, séparés par | (exigées par Tmall Global ; Entrée pour plus tard) :",
};

const VERDICTS: Readonly<Record<string, string>> = {
  eligible: "En clair : votre entreprise remplit les conditions d'E-Provence. Vous pouvez préparer votre catalogue.",
  "eligible-with-conditions":
    "En clair : vous pouvez candidater, à condition de régler les points marqués ⚠ ou ? ci-dessus — chacun dit quoi faire. Rien de bloquant à ce stade.",
  "not-eligible":
    "En clair : en l'état, la candidature serait refusée, pour les raisons marquées ✖. Chacune dit ce qui changerait la réponse. Vous pouvez continuer : les coûts et le catalogue vous serviront quand la situation aura changé.",
};

export const wizardFr: WizardTexts = {
  stepTitle: ({ step }) => STEP_TITLES[p(step)] ?? p(step),
  stepPurpose: ({ step }) => STEP_PURPOSES[p(step)] ?? "",
  stepHeading: ({ number, total, title }) => `── Étape ${p(number)}/${p(total)} · ${p(title)} ──`,
  welcomeIntro: () =>
    "Cet assistant vous accompagne de « puis-je vendre en Chine ? » jusqu'à un catalogue prêt pour Tmall Global, en quelques minutes. Voici les étapes :",
  welcomeSaved: ({ path }) => `Chaque réponse est enregistrée aussitôt dans ${p(path)} : vous pouvez vous arrêter et reprendre plus tard.`,
  welcomeCtrlC: () => "Ctrl-C pour vous arrêter à tout moment ; relancez l'assistant pour reprendre là où vous en étiez.",
  askResume: ({ id, step, date }) => `Une session (n° ${p(id)}, du ${p(date)}) s'est arrêtée à l'étape « ${p(step)} ». Que voulez-vous faire ?`,
  resumeYes: ({ step }) => `Reprendre à l'étape « ${p(step)} » (vos réponses sont gardées)`,
  resumeNo: () => "Tout recommencer (l'entreprise et le catalogue déjà enregistrés restent dans la base)",
  resuming: ({ id, step }) => `Reprise de la session n° ${p(id)} à l'étape « ${p(step)} ».`,
  interrupted: () => "Interrompu : vos réponses sont enregistrées ; relancez l'assistant pour reprendre.",
  askCompany: ({ key }) => COMPANY_QUESTIONS[p(key)] ?? `${p(key)} :`,
  companyUpdated: ({ id, legalName }) => `Entreprise n° ${p(id)} mise à jour : ${p(legalName)}.`,
  verdictExplained: ({ verdict }) => VERDICTS[p(verdict)] ?? "",
  productRulesLater: () => "Les règles sur les produits (non périssables, origine, prix) seront vérifiées après l'étape Catalogue.",
  askCosts: ({ key }) => COST_QUESTIONS[p(key)] ?? `${p(key)} :`,
  askOwnFigures: ({ shop, fairs }) => {
    const groups = [shop ? `pour la boutique : ${p(shop)}` : "", fairs ? `pour les salons : ${p(fairs)}` : ""].filter((group) => group !== "");
    return `Voulez-vous saisir vos propres chiffres — ${groups.join(" ; ")} ? Sinon ils restent à 0.`;
  },
  askCostInput: ({ input }) => `${p(input)} (Entrée : laisser 0) :`,
  askCatalogueMethod: () => "Comment voulez-vous constituer votre catalogue ?",
  methodFile: () => "Importer un fichier : classeur Excel (.xlsx) ou LibreOffice (.ods), ou CSV",
  methodManual: () => "Saisir mes produits un par un",
  askCatalogueFile: () => "Chemin du fichier catalogue :",
  previewFile: ({ file, rows }) => `Fichier ${p(file)} : ${countFr(rows, "produit", "produits")}.`,
  previewForced: ({ what }) => (what === "both" ? "(encodage et séparateur imposés)" : what === "encoding" ? "(encodage imposé)" : "(séparateur imposé)"),
  previewColumns: () => "Colonnes lues :",
  previewIgnored: () => "ignorée (colonne inconnue)",
  previewMapped: () => "(votre choix)",
  previewMissing: ({ fields }) => `Colonnes obligatoires introuvables : ${p(fields)}. Répondez « non » pour indiquer quelle colonne les contient.`,
  askConfirmDetection: () => "Est-ce bien lu ainsi (encodage, séparateur, colonnes) ?",
  askConfirmWorkbook: () => "Est-ce bien lu ainsi (feuille, ligne d'en-tête, colonnes) ?",
  askAdjust: () => "Que faut-il corriger ?",
  adjustColumn: ({ header, field }) => `la colonne « ${p(header)} » (lue comme : ${p(field)})`,
  adjustEncoding: ({ encoding }) => `l'encodage (détecté : ${p(encoding)})`,
  adjustSheet: ({ sheet }) => `la feuille du classeur (lue : ${p(sheet)})`,
  namesIntro: ({ count }) => `${countFr(count, "produit n'a pas encore de nom chinois", "produits n'ont pas encore de nom chinois")} : Tmall en demande un pour chaque produit.`,
  askNamesDraft: () => "Voulez-vous que l'assistant vous propose des noms chinois — et, pour l'alimentaire, les ingrédients en chinois — d'après son glossaire ? (des brouillons, à faire relire par une personne qui lit le chinois)",
  namesNoDrafts: ({ count }) => `Sans nom chinois, ${pluralFr(count, "ce produit ne pourra pas être exporté", "ces produits ne pourront pas être exportés")} : ajoutez les noms dans votre fichier, puis importez-le de nouveau.`,
  askNamesReview: () => "Que faire de ces propositions ?",
  namesReviewAll: () => "les garder toutes comme brouillons",
  namesReviewEach: () => "les voir une par une, pour en remplacer par mes propres noms",
  namesKept: ({ count }) => `${countFr(count, "nom proposé gardé", "noms proposés gardés")} comme brouillon, à faire relire avant la mise en vente.`,
  namesTyped: ({ count }) => `${countFr(count, "nom chinois enregistré", "noms chinois enregistrés")}, tel que vous l'avez saisi.`,
  namesStillMissing: ({ count }) => `${countFr(count, "produit reste", "produits restent")} sans nom chinois.`,
  namesUnknownWords: ({ words }) => `mots inconnus du glossaire, à faire traduire : ${p(words)}`,
  namesNoProposal: () => "pas de proposition : le glossaire ne reconnaît pas le produit",
  namesIngredientsIntro: ({ count }) =>
    `${countFr(count, "produit alimentaire n'a", "produits alimentaires n'ont")} pas encore ${pluralFr(count, "sa", "leur")} liste d'ingrédients en chinois : l'étiquette électronique chinoise la reprend.`,
  namesIngredientsProposal: ({ sku, list }) => `  ${p(sku)}  ingrédients en chinois → ${p(list)}`,
  namesIngredientsKept: ({ count }) => `${countFr(count, "liste d'ingrédients en chinois gardée", "listes d'ingrédients en chinois gardées")} comme brouillon, à faire valider avant la mise en vente.`,
  namesWidth: ({ width, limit }) => `(largeur ${p(width)} sur ${p(limit)})`,
  askOwnName: ({ sku, name }) => `Nom chinois de ${p(sku)} « ${p(name)} » (Entrée garde la proposition) :`,
  askOwnNameNoDraft: ({ sku, name }) => `Nom chinois de ${p(sku)} « ${p(name)} » (Entrée pour le laisser sans nom) :`,
  askImages: () => "Dossier des photos des produits, nommées par référence (SAV-001.jpg, SAV-001-2.jpg…) ; Entrée s'il n'y en a pas :",
  askSheet: () => "Nom ou numéro de la feuille à lire (1 pour la première) :",
  adjustDelimiter: ({ delimiter }) => `le séparateur (détecté : ${p(delimiter)})`,
  askEncoding: () => "Encodage du fichier (utf-8, windows-1252, utf-16le…) :",
  askDelimiter: () => "Séparateur des colonnes :",
  askMapping: ({ header }) => `Quel champ contient la colonne « ${p(header)} » ?`,
  imported: ({ id }) => `Import n° ${p(id)} :`,
  rejectedNext: ({ count }) => `${countFr(count, "produit non importé", "produits non importés")} à cause d'erreurs : vous pourrez ${pluralFr(count, "le", "les")} corriger à l'étape suivante.`,
  manualIntro: () => "Saisissez vos produits un par un ; chaque valeur est vérifiée comme dans un fichier. Les produits saisis sont enregistrés dans un CSV à côté de la base.",
  manualFile: () => "produits saisis dans l'assistant",
  askProduct: ({ field }) => PRODUCT_QUESTIONS[p(field)] ?? `${p(field)} :`,
  askAnotherProduct: ({ count }) => `${countFr(count, "produit saisi", "produits saisis")}. En ajouter un autre ?`,
  fixesNone: () => "Aucune erreur : tous les produits ont été importés.",
  fixesIntro: ({ count }) =>
    `${countFr(count, "produit", "produits")} ${pluralFr(count, "n'a pas été importé", "n'ont pas été importés")} à cause d'erreurs. ${pluralFr(count, "Corrigez-le", "Corrigez-les")} ici : tapez la bonne valeur, ou Entrée pour laisser le produit de côté. Votre fichier n'est pas modifié.`,
  fixesIntroFile: ({ count }) => `${countFr(count, "produit", "produits")} ${pluralFr(count, "n'a pas été importé", "n'ont pas été importés")} à cause d'erreurs ; les corrections viennent du fichier de réponses.`,
  askFix: ({ line, where, sku, field, value, problem }) => `${where === undefined || where === "" ? `Ligne ${p(line)}` : p(where)} · ${p(sku)} · ${p(field)} = « ${p(value)} » — ${p(problem)}\n  Valeur corrigée (Entrée : laisser ce produit de côté) :`,
  fixApplied: ({ sku, field, from, to }) => `✔ ${p(sku)} · ${p(field)} : « ${p(from)} » → « ${p(to)} »`,
  fixesLeftOut: ({ count, skus }) => `${countFr(count, "produit laissé", "produits laissés")} de côté : ${p(skus)}.`,
  fixesUnused: ({ keys }) => `Réponses sans objet (aucune erreur à cet endroit), ignorées : ${p(keys)}.`,
  askOutput: ({ key }) => (p(key) === "dossier.out" ? "Fichier du dossier de candidature (HTML) :" : "Dossier où écrire les fichiers pour Tmall Global :"),
  askReplace: ({ path, files }) => `${p(path)} contient déjà ${p(files)}. Les remplacer ?`,
  askAllowPartial: ({ ready, total }) => `${countFr(ready, "produit", "produits")} sur ${p(total)} ${pluralFr(ready, "est prêt", "sont prêts")} pour Tmall Global. Exporter ${pluralFr(ready, "celui-là", "ceux-là")} seulement ?`,
  exportRefused: ({ out }) => `Export non fait : complétez les produits (voir ci-dessus), puis relancez l'assistant pour écrire les fichiers dans ${p(out)}.`,
  summaryTitle: () => "Ce qui a été enregistré",
  summaryDatabase: ({ path }) => `Base de données : ${p(path)}`,
  summaryCompany: ({ id, legalName }) => `Entreprise n° ${p(id)} : ${p(legalName)}`,
  summaryCatalogue: ({ count, file }) => `Catalogue : ${countFr(count, "produit enregistré", "produits enregistrés")}${p(file) === "" ? "" : `, depuis ${p(file)}`}`,
  summaryCorrections: ({ count, path }) => `Corrections : ${countFr(count, "produit corrigé", "produits corrigés")}, dans ${p(path)}`,
  summaryLeftOut: ({ count, skus }) => `${countFr(count, "produit non importé", "produits non importés")} : ${p(skus)}`,
  summaryExport: ({ path }) => `Fichiers pour Tmall Global : ${p(path)}`,
  summaryExportRefused: ({ path }) => `Fichiers pour Tmall Global : pas encore (dossier prévu : ${p(path)})`,
  summaryDossier: ({ path }) => `Dossier de candidature : ${p(path)}`,
  summarySession: ({ id }) => `Session de l'assistant n° ${p(id)}, terminée.`,
  nextFixRows: ({ file }) => `Corrigez les produits laissés de côté dans ${p(file)}, puis relancez l'assistant pour les importer.`,
  nextReviewNames: ({ count }) =>
    `Faites relire ${pluralFr(count, "le nom chinois proposé", `les ${p(count)} noms chinois proposés`)} par une personne qui lit le chinois avant la mise en vente : le dossier ${pluralFr(count, "le signale", "les liste")}.`,
  nextReviewIngredients: ({ count }) =>
    `Faites valider ${pluralFr(count, "la liste d'ingrédients en chinois proposée", `les ${p(count)} listes d'ingrédients en chinois proposées`)} par une personne qui lit le chinois : l'étiquette électronique chinoise (labels-zh.html de l'export) ${pluralFr(count, "la reprend", "les reprend")}.`,
  nextExport: () => "Complétez les produits non prêts (nom chinois, photos…), puis relancez l'assistant pour exporter le catalogue.",
  nextSend: ({ path }) => `Relisez le dossier ${p(path)} et envoyez-le avec votre candidature E-Provence.`,
  demoIntro: ({ folder }) =>
    `Démonstration sur des données fictives (la Savonnerie des Calanques, Marseille), dans une base temporaire : ${p(folder)}`,
  demoDone: ({ folder, database, exported, dossier }) =>
    `Démonstration terminée.\n  Base : ${p(database)}\n  Export : ${p(exported)}\n  Dossier : ${p(dossier)}\nTout est dans ${p(folder)} (supprimez ce dossier quand vous n'en avez plus besoin).`,
};

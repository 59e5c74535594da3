import type { FileReason } from "../system-failures.js";
import type { ExpectedAnswer } from "../costs/inputs.js";
import type { MessageParams } from "../errors.js";
import { FIELD_NAMES } from "../catalogue/fields.js";
import type { MessageCatalogue } from "./catalogue.js";
import { eligibilityFr, productReasonsFr } from "./eligibility-fr.js";
import { labelFieldsFr, readinessCautionsFr, requirementsFr } from "./readiness-fr.js";
import { dossierFr } from "./dossier-fr.js";
import { wizardFr } from "./wizard-fr.js";
import { sourcesFr } from "./sources-fr.js";
import { costsFr } from "./costs-fr.js";
import { countFr, p, pluralFr, inYearsFr } from "./plain-text.js";


/** Why a file could not be read or written (domain/system-failures), and how to fix it. */
const REASON_TEXTS: Readonly<Record<FileReason, { readonly words: string; readonly fix: string }>> = {
  permission: { words: "accès refusé", fix: "Donnez-vous le droit d'y accéder (ls -l montre le propriétaire et les droits), ou choisissez un autre emplacement." },
  directory: { words: "c'est un dossier", fix: "Indiquez un fichier, pas un dossier." },
  "not-a-folder": { words: "un élément du chemin est un fichier, pas un dossier", fix: "Vérifiez le chemin : chaque élément avant le nom du fichier doit être un dossier." },
  "missing-folder": { words: "un dossier du chemin n'existe pas", fix: "Créez le dossier ou corrigez le chemin." },
  "symlink-loop": { words: "lien symbolique qui renvoie à lui-même en boucle", fix: "Corrigez ou supprimez le lien symbolique (ls -l montre sa cible), ou indiquez le fichier lui-même." },
  "name-too-long": { words: "nom trop long", fix: "Choisissez un chemin plus court." },
  "read-only-file-system": { words: "support en lecture seule", fix: "Choisissez un emplacement sur un disque où l'on peut écrire." },
  busy: { words: "fichier occupé par un autre programme", fix: "Fermez le programme qui l'utilise, puis relancez la même commande." },
  "too-many-open-files": { words: "trop de fichiers ouverts", fix: "Fermez d'autres programmes ou importez moins de fichiers à la fois, puis relancez." },
  device: { words: "périphérique absent ou non pris en charge", fix: "Indiquez un fichier ordinaire sur un disque branché." },
  io: { words: "erreur de lecture ou d'écriture du disque", fix: "Vérifiez le disque (débranché, endommagé ?), puis relancez la même commande." },
  "cannot-open": { words: "le fichier ne peut être ni ouvert ni créé à cet endroit", fix: "Vérifiez que le chemin désigne un fichier (pas un dossier), dans un dossier où vous avez le droit d'écrire." },
  other: { words: "erreur du système", fix: "Vérifiez le chemin et vos droits, puis relancez ; si cela persiste, relancez avec --verbose et signalez-le." },
};
const reasonOf = (reason: string | number | undefined) => REASON_TEXTS[p(reason) as FileReason] ?? REASON_TEXTS.other;

/** What a picture file really is, in the owner's words (« picture-wrong-format »). */
const PICTURE_KINDS: Readonly<Record<string, string>> = {
  webp: "une image WebP",
  gif: "une image GIF",
  heic: "une photo HEIC (le format des iPhone)",
  avif: "une image AVIF",
  bmp: "une image BMP",
  tiff: "une image TIFF",
  pdf: "un fichier PDF",
  text: "un fichier texte",
  unknown: "un fichier d'un type inconnu",
};
const PICTURE_UNREADABLE: Readonly<Record<string, string>> = {
  directory: "c'est un dossier",
  unreadable: "le fichier ne peut pas être lu",
  damaged: "ses dimensions ne peuvent pas être lues : fichier abîmé ou incomplet",
};
/** 3 000 000 octets → « 3 Mo », 4 194 304 → « 4,2 Mo ». */
const megabytesFr = (bytes: string | number | undefined): string => `${String(Math.round(Number(bytes ?? 0) / 100_000) / 10).replace(".", ",")} Mo`;

/** What a wizard question expects, with examples (« answer-not-understood »): the kind of a cost input, or sales. */
const EXPECTED_ANSWERS: Readonly<Record<ExpectedAnswer, (params: MessageParams) => string>> = {
  sales: () => "Tapez vos ventes annuelles en euros : un montant (100 000, 50 k€ ou 1,5 M€) ou une fourchette (entre 50 000 et 200 000).",
  money: () => "Tapez un montant en euros, par exemple 12 500 ou 12,5 k€ (ou en yuans : 60 000 CNY) ; 0 s'il n'y en a pas.",
  count: ({ min, max }) => `Tapez un nombre entier de ${p(min)} à ${p(max)}, par exemple ${Number(min) + 1}.`,
  multiple: ({ min, max }) => `Tapez un nombre entier de ${p(min)} à ${p(max)}, par exemple 6.`,
  percent: () => "Tapez un pourcentage de 0 à 100, par exemple 3,5 ou 3,5 %.",
  area: () => "Tapez une surface en mètres carrés, par exemple 9 ou 12,5.",
  rate: () => "Tapez le nombre de yuans pour un euro, par exemple 7,5554.",
};

/** A wait in plain words: 0,3 seconde, 2 secondes, 1 minute 30 secondes. */
function duration(ms: string | number | undefined): string {
  const total = Number(ms ?? 0);
  const unit = (value: number, word: string) => `${String(value).replace(".", ",")} ${word}${value >= 2 ? "s" : ""}`;
  if (total < 60_000) return unit(Math.round(total / 100) / 10, "seconde");
  const minutes = Math.floor(total / 60_000);
  const seconds = Math.round((total % 60_000) / 1000);
  return seconds === 0 ? unit(minutes, "minute") : `${unit(minutes, "minute")} ${unit(seconds, "seconde")}`;
}

/** How to fix each profile key (merchant add/update, flags or --from file). */
const PROFILE_HINTS: Readonly<Record<string, string>> = {
  legalName: 'Indiquez la raison sociale inscrite au registre (1 à 200 caractères), par exemple --legal-name "Savonnerie du Midi".',
  siret: 'Écrivez le SIRET comme un texte de 14 chiffres, par exemple "812 345 678 00013" (entre guillemets dans un fichier JSON).',
  siren: 'Écrivez le SIREN comme un texte de 9 chiffres, par exemple "812 345 678" (entre guillemets dans un fichier JSON).',
  postcode: "Indiquez les 5 chiffres du code postal du siège, par exemple 13001 (entre guillemets dans un fichier JSON, pour garder le zéro initial).",
  headcount: "Indiquez l'effectif en équivalents temps plein : un nombre positif ou nul, par exemple 12 ou 12,5.",
  turnoverEur: "Indiquez le chiffre d'affaires annuel hors taxes en euros : un nombre positif ou nul avec au plus 2 décimales, par exemple 1250000 ou 980 000,50.",
  balanceSheetEur: "Indiquez le total du bilan en euros : un nombre positif ou nul avec au plus 2 décimales, par exemple 850000.",
  independent: "Répondez oui ou non (yes/no, true/false ; true ou false sans guillemets dans un fichier JSON) : non si une entreprise qui n'est pas une PME détient plus de 25 % du capital.",
  brands: 'Donnez des noms de marque de 1 à 100 caractères : --brand "Savon du Midi" (répétable) ou --brands "A,B" ; dans un fichier JSON, une liste ["A", "B"].',
  trademark: "Choisissez registered (marque déposée), pending (dépôt en cours) ou none.",
  contactName: "Indiquez un nom de 200 caractères au plus.",
  contactEmail: "Indiquez une adresse e-mail complète, par exemple contact@savonnerie.fr.",
  contactPhone: "Indiquez un numéro de 40 caractères au plus, par exemple +33 4 91 00 00 00.",
};

const MERCHANT_LABELS: Readonly<Record<string, string>> = {
  id: "N°",
  legalName: "Raison sociale",
  identifier: "SIRET / SIREN",
  siret: "SIRET",
  siren: "SIREN",
  postcode: "Code postal",
  headcount: "Effectif (ETP)",
  turnoverEur: "Chiffre d'affaires HT",
  balanceSheetEur: "Total du bilan",
  independent: "Indépendante",
  brands: "Marques",
  trademark: "Marque déposée",
  contact: "Contact",
  contactName: "Nom du contact",
  contactEmail: "E-mail du contact",
  contactPhone: "Téléphone du contact",
  createdAt: "Créée le",
  updatedAt: "Modifiée le",
};

const MERCHANT_VALUES: Readonly<Record<string, string>> = {
  yes: "oui",
  no: "non",
  unknown: "non renseigné",
  registered: "oui, enregistrée",
  pending: "dépôt en cours",
  none: "non",
};

export const fr: MessageCatalogue = {
  eligibility: eligibilityFr,
  productReasons: productReasonsFr,
  requirements: requirementsFr,
  readinessCautions: readinessCautionsFr,
  labelFields: labelFieldsFr,
  dossier: dossierFr,
  wizard: wizardFr,
  sources: sourcesFr,
  costs: costsFr,
  codes: {
    "missing-column": {
      message: ({ field }) => `Colonne obligatoire absente : ${p(field)}.`,
      hint: ({ field }) => `Ajoutez une colonne « ${p(field)} », ou donnez ce nom à la colonne de votre fichier qui contient cette valeur.`,
      action: ({ fieldKey }) => `--map "Votre colonne=${p(fieldKey)}"`,
    },
    "duplicate-column": {
      message: ({ value, first }) => `La colonne « ${p(value)} » désigne le même champ que « ${p(first)} ».`,
      hint: () => "Supprimez ou renommez l'une des deux colonnes ; seule la première est lue.",
    },
    "unknown-column": {
      message: ({ value }) => `Colonne inconnue « ${p(value)} » : elle est ignorée.`,
      hint: () => "Si elle contient une valeur du catalogue, donnez-lui le nom de colonne attendu (par exemple « Poids net (g) » ou « Prix HT (€) »).",
      action: ({ value }) => `--map "${p(value)}=champ", champ parmi : ${FIELD_NAMES.join(", ")}`,
    },
    "wrong-column-count": {
      message: ({ expected, actual, sheet }) =>
        sheet === undefined || sheet === ""
          ? `Cette ligne a ${p(actual)} colonnes au lieu de ${p(expected)}.`
          : `Cette ligne a des cellules remplies à droite des ${p(expected)} colonnes de l'en-tête.`,
      hint: ({ sheet }) =>
        sheet === undefined || sheet === ""
          ? "Un séparateur ou un retour à la ligne se trouve sans doute dans un texte non entouré de guillemets : entourez ce texte de guillemets."
          : "Donnez un nom à cette colonne dans la ligne d'en-tête, ou videz ces cellules : une colonne sans nom n'est lue par aucune règle.",
    },
    "missing-value": {
      message: ({ field }) => `Valeur obligatoire manquante : ${p(field)}.`,
      hint: ({ field }) => `Renseignez « ${p(field)} » pour ce produit.`,
    },
    "control-character": {
      message: ({ field, value, character, position }) => `Caractère de contrôle invisible ${p(character)} dans ${p(field)} « ${p(value)} » (caractère n° ${p(position)}) : un terminal qui afficherait ce texte lui obéirait.`,
      hint: () => "Supprimez ce caractère (souvent collé depuis un autre logiciel) : retapez le texte dans le tableur, puis enregistrez de nouveau le CSV.",
    },
    "invalid-sku": {
      message: ({ value }) => `Référence invalide « ${p(value)} ».`,
      hint: () => "Utilisez 1 à 64 caractères : lettres sans accent, chiffres et . _ / -",
    },
    "duplicate-sku": {
      message: ({ value, firstLine }) => `La référence « ${p(value)} » apparaît déjà ligne ${p(firstLine)}.`,
      hint: () => "Chaque produit doit avoir sa propre référence : corrigez ou supprimez le doublon.",
    },
    "sku-exists": {
      message: ({ value }) => `La référence « ${p(value)} » existe déjà pour cette entreprise (import en mode create).`,
      hint: () => "Le mode create n'ajoute que des nouveautés : importez en mode upsert (par défaut) pour mettre ce produit à jour.",
    },
    "sku-not-stored": {
      message: ({ value }) => `La référence « ${p(value)} » n'est pas dans le catalogue de cette entreprise.`,
      hint: () => "Vérifiez la référence (elle doit être celle de la feuille envoyée au traducteur), ou importez d'abord ce produit.",
    },
    "text-too-long": {
      message: ({ field, length, max }) => `Texte trop long pour ${p(field)} : ${p(length)} caractères (maximum ${p(max)}).`,
      hint: () => "Raccourcissez ce texte.",
    },
    "title-too-long": {
      message: ({ width, max }) => `Nom chinois trop long : ${p(width)} unités d'affichage (maximum ${p(max)} ; un caractère chinois compte 2).`,
      hint: () => "Raccourcissez le nom chinois à 30 caractères chinois environ.",
    },
    "missing-name-zh": {
      message: () => "Nom chinois absent.",
      hint: () => "Ajoutez un nom chinois (colonne « Nom chinois ») : il est exigé pour l'export vers Tmall Global.",
    },
    "encoding-cannot-hold-chinese": {
      message: ({ encoding }) => `Ce fichier est enregistré en ${p(encoding)}, un encodage qui ne connaît pas le chinois : les noms chinois ne peuvent pas y être écrits.`,
      hint: () => "Dans Excel : Enregistrer sous › CSV UTF-8 (délimité par des virgules). Dans LibreOffice : Enregistrer sous › CSV, jeu de caractères Unicode (UTF-8).",
    },
    "name-zh-not-chinese": {
      message: ({ value, reason }) =>
        reason === "lost"
          ? `Le nom chinois « ${p(value)} » a perdu ses caractères chinois : ils ont été remplacés par des « ? » ou des « � ».`
          : `Le nom chinois « ${p(value)} » ne contient aucun caractère chinois.`,
      hint: ({ reason }) =>
        reason === "lost"
          ? "Le fichier a été enregistré dans un encodage qui ne connaît pas le chinois. Retapez ou recollez les noms chinois, puis, dans Excel : Enregistrer sous › CSV UTF-8 (délimité par des virgules)."
          : "Écrivez le nom du produit en caractères chinois (par exemple 马赛皂 pour un savon de Marseille) : le pinyin ou le nom français ne suffisent pas pour Tmall.",
    },
    "ingredients-zh-not-chinese": {
      message: ({ value, reason }) =>
        reason === "lost"
          ? `Les ingrédients en chinois « ${p(value)} » ont perdu leurs caractères chinois : ils ont été remplacés par des « ? » ou des « � ».`
          : `Les ingrédients en chinois « ${p(value)} » ne contiennent aucun caractère chinois.`,
      hint: ({ reason }) =>
        reason === "lost"
          ? "Le fichier a été enregistré dans un encodage qui ne connaît pas le chinois. Recollez les ingrédients en chinois, puis, dans Excel : Enregistrer sous › CSV UTF-8 (délimité par des virgules)."
          : "Écrivez la liste des ingrédients en caractères chinois (par exemple 糖、杏仁), ou laissez la case vide : eprovence propose une traduction quand il connaît chaque ingrédient.",
    },
    "unknown-category": {
      message: ({ value }) => `Catégorie inconnue « ${p(value)} ».`,
      hint: () => "Choisissez une catégorie de la liste du README (en français ou en anglais), par exemple « savons & cosmétiques ».",
    },
    "missing-gtin": {
      message: () => "Code EAN (GTIN) absent.",
      hint: () => "Ajoutez le code-barres EAN-13 du produit : il est recommandé par Tmall Global.",
    },
    "invalid-gtin": {
      message: ({ value }) => `Code EAN (GTIN) invalide « ${p(value)} » : longueur ou clé de contrôle incorrecte.`,
      hint: () => "Recopiez les 8, 12, 13 ou 14 chiffres du code-barres ; le dernier chiffre est une clé de contrôle GS1.",
    },
    "gtin-scientific-notation": {
      message: ({ value }) => `Code EAN affiché en notation scientifique « ${p(value)} » : les chiffres sont perdus.`,
      hint: () => "Dans Excel, mettez la colonne au format Texte, recopiez les codes, puis réexportez le fichier.",
    },
    "invalid-hs-code": {
      message: ({ value }) => `Code SH invalide « ${p(value)} ».`,
      hint: () => "Indiquez 6 à 10 chiffres (les points et espaces sont ignorés), par exemple 3401.11.",
    },
    "hs-code-category-mismatch": {
      message: ({ value, category, expected }) => `Le code SH ${p(value)} est inhabituel pour la catégorie ${p(category)} (attendu : ${p(expected)}).`,
      hint: () => "Vérifiez le code SH avec votre transitaire ou les douanes.",
    },
    "hs-not-on-positive-list": {
      message: ({ code, edition, source }) => `${p(code)} ne figure pas sur la liste positive, édition ${p(edition)} (source : ${p(source)}).`,
      hint: () => "Vérifiez le code SH avec votre transitaire : hors de la liste positive, le produit ne peut pas être vendu en commerce transfrontalier (CBEC).",
    },
    "hs-positive-list-not-checked": {
      message: ({ value, rows }) => `La position SH ${p(value)} (${countFr(rows, "produit", "produits")}) n'est pas dans nos données de la liste positive CBEC : non vérifiée.`,
      hint: () => "Faites confirmer par votre transitaire que la ligne tarifaire à 8 chiffres figure sur la liste positive (édition 2022).",
    },
    "invalid-postcode": {
      message: ({ value }) => `Code postal invalide « ${p(value)} ».`,
      hint: () => "Indiquez les 5 chiffres du code postal du lieu de production.",
    },
    "postcode-leading-zero-lost": {
      message: ({ value, postcode }) => `Code postal à 4 chiffres « ${p(value)} » lu comme ${p(postcode)}.`,
      hint: () => "Excel a supprimé le zéro initial : mettez la colonne au format Texte avant d'exporter.",
    },
    "unknown-postcode": {
      message: ({ value }) => `Le code postal ${p(value)} n'existe dans aucune commune française.`,
      hint: () => "Vérifiez le code postal du lieu de production.",
    },
    "origin-outside-provence": {
      message: ({ value, departments }) => `Le code postal ${p(value)} est hors de Provence-Alpes-Côte d'Azur (département ${p(departments)}).`,
      hint: () => "E-Provence ne vend que des produits fabriqués en région Sud (04, 05, 06, 13, 83, 84) : indiquez le lieu de production.",
    },
    "origin-gi-area": {
      message: ({ value, departments }) => `Le code postal ${p(value)} (département ${p(departments)}) est hors région, mais dans l'aire d'une indication géographique de Provence.`,
      hint: () => "Accepté sous réserve : joignez la preuve du label (AOP lavande de Haute-Provence, IGP Miel de Provence) pour ce produit.",
    },
    "postcode-straddles-region": {
      message: ({ value, outside }) => `Le code postal ${p(value)} couvre aussi des communes hors région : ${p(outside)}.`,
      hint: () => "Vérifiez que le produit est fabriqué dans une commune de la région Sud.",
    },
    "missing-shelf-life": {
      message: ({ category }) => `Durée de conservation (DDM) manquante pour un produit alimentaire (${p(category)}).`,
      hint: () => "Indiquez la durée avant la date de durabilité minimale, en mois (colonne « DDM (mois) »).",
    },
    perishable: {
      message: ({ reason, minimum, value }) =>
        reason === "shelf-life"
          ? `Produit périssable : ${p(value)} mois de conservation, moins que le minimum de ${p(minimum)} mois.`
          : `Produit périssable : conservation « ${p(value)} » (frais ou surgelé).`,
      hint: () => "E-Provence ne vend que des produits non périssables, conservés à température ambiante ; retirez ce produit du catalogue.",
    },
    "unknown-storage": {
      message: ({ value }) => `Mode de conservation inconnu « ${p(value)} ».`,
      hint: () => "Utilisez « ambiant », « frais » ou « surgelé » (ambient, chilled, frozen).",
    },
    "invalid-number": {
      message: ({ field, value }) => `Nombre illisible pour ${p(field)} : « ${p(value)} ».`,
      hint: () => "Écrivez un nombre, par exemple 4,90 ou 1 250 (virgule ou point décimal).",
    },
    "not-a-whole-number": {
      message: ({ field, value }) => `${p(field)} doit être un nombre entier : « ${p(value)} ».`,
      hint: () => "Supprimez la partie décimale.",
    },
    "too-many-decimals": {
      message: ({ field, value, decimals }) => `Trop de décimales pour ${p(field)} : « ${p(value)} » (maximum ${p(decimals)}).`,
      hint: () => "Arrondissez la valeur ; si c'est un séparateur de milliers, écrivez 1 234,50.",
    },
    "out-of-range": {
      message: ({ field, value, rule }) =>
        rule === "positive" ? `${p(field)} doit être supérieur à 0 : « ${p(value)} ».` : `${p(field)} ne peut pas être négatif : « ${p(value)} ».`,
      hint: () => "Corrigez la valeur.",
    },
    "over-cbec-limit": {
      message: ({ consumerCny, limitCny }) => `Prix consommateur estimé en Chine de ${p(consumerCny)} RMB, au-delà de la limite de ${p(limitCny)} RMB par commande.`,
      hint: () => "Au-delà de cette limite, l'article est taxé comme une importation ordinaire : proposez un format plus petit ou vérifiez le prix.",
    },
    "unknown-label": {
      message: ({ value }) => `Label inconnu « ${p(value)} ».`,
      hint: () => "Labels reconnus : AOP, AOC, IGP, IG, Label Rouge, AB, Ecocert, Cosmos… séparés par « | ».",
    },
    "missing-image": {
      message: () => "Aucune image.",
      hint: () =>
        "Ajoutez au moins une photo : une adresse https:// ou le chemin d'un fichier JPEG ou PNG (séparés par « | »), ou un dossier de photos nommées par référence (SAV-001.jpg) : exigé pour l'export vers Tmall Global.",
    },
    "invalid-image-url": {
      message: ({ value }) => `Adresse d'image invalide « ${p(value)} ».`,
      hint: () => "Chaque image doit être une adresse https:// complète, sans espace, ou le chemin d'un fichier de photo ; séparez-les par « | ».",
    },
    "picture-not-found": {
      message: ({ value }) => `Photo introuvable : « ${p(value)} ».`,
      hint: () => "Vérifiez le nom et l'emplacement du fichier (un chemin se lit depuis le dossier du catalogue). Le produit est gardé, sans cette photo.",
    },
    "picture-unreadable": {
      message: ({ value, reason }) => `« ${p(value)} » ne peut pas servir de photo : ${PICTURE_UNREADABLE[p(reason)] ?? PICTURE_UNREADABLE.unreadable}.`,
      hint: () => "Indiquez un fichier de photo (pas un dossier) que vous pouvez ouvrir, ou enregistrez-le à nouveau en JPEG. Le produit est gardé, sans cette photo.",
    },
    "picture-outside-folder": {
      message: ({ value }) => `La photo « ${p(value)} » est en dehors du dossier du catalogue et du dossier de photos.`,
      hint: () => "Copiez la photo dans le dossier du catalogue ou dans le dossier de photos (un raccourci vers un autre dossier n'est pas suivi), et écrivez son chemin depuis ce dossier.",
    },
    "picture-wrong-format": {
      message: ({ value, kind }) => `« ${p(value)} » n'est pas une photo JPEG ni PNG : c'est ${PICTURE_KINDS[p(kind)] ?? PICTURE_KINDS.unknown}.`,
      hint: () => "Ouvrez-la et enregistrez-la au format JPEG (« Enregistrer sous… » ou « Exporter ») : Tmall Global n'accepte que le JPEG et le PNG. Le produit est gardé, sans cette photo.",
    },
    "picture-too-large": {
      message: ({ value, bytes }) => `La photo « ${p(value)} » pèse ${megabytesFr(bytes)}, plus que les 3 Mo que Tmall accepte.`,
      hint: () => "Enregistrez-la en JPEG un peu plus compressé ou en plus petit (2 000 × 2 000 pixels suffisent). Le produit est gardé, sans cette photo.",
    },
    "too-many-pictures": {
      message: ({ value, max }) => `Plus de ${p(max)} photos pour ce produit : « ${p(value)} » n'est pas jointe.`,
      hint: () => "Tmall Global prend une photo principale et jusqu'à 4 autres : gardez les 5 meilleures, la principale en premier.",
    },
    "picture-too-small": {
      message: ({ value, width, height, min }) => `La photo « ${p(value)} » mesure ${p(width)} × ${p(height)} pixels, moins que ${p(min)} × ${p(min)}.`,
      hint: () => "C'est une pratique des vendeurs, pas une règle officielle : à partir de 800 × 800 pixels, la fiche permet de zoomer. La photo est gardée.",
    },
    "picture-not-square": {
      message: ({ value, width, height }) => `La photo « ${p(value)} » n'est pas carrée (${p(width)} × ${p(height)} pixels).`,
      hint: () => "C'est une pratique des vendeurs, pas une règle officielle : une photo carrée s'affiche sans bandes sur la fiche. La photo est gardée.",
    },
    "empty-catalogue": {
      message: () => "Le fichier ne contient aucun produit (seulement l'en-tête).",
      hint: () => "Ajoutez une ligne par produit sous l'en-tête.",
    },
    "unclosed-quote": {
      message: () => "Un guillemet ouvert n'est jamais fermé : la suite du fichier n'a pas pu être lue.",
      hint: () => "Fermez le guillemet du champ qui commence sur cette ligne, ou doublez les guillemets à l'intérieur d'un texte (\"\").",
    },
    "record-too-large": {
      message: () => "Enregistrement démesuré : la lecture s'arrête ici.",
      hint: () => "Un guillemet mal placé avale sans doute le reste du fichier : vérifiez cette ligne.",
    },
    "malformed-csv": {
      message: ({ detail }) => `Structure CSV illisible à partir d'ici : ${p(detail)}.`,
      hint: () => "Vérifiez les guillemets de cette ligne ; la suite du fichier n'a pas été lue.",
    },
    "invalid-utf8": {
      message: () => "Le fichier mélange des encodages : des octets invalides en UTF-8 ont été remplacés par « � ».",
      hint: () => "Réenregistrez le fichier en « CSV UTF-8 » depuis Excel, ou indiquez qu'il est en Windows-1252.",
      action: () => "--encoding windows-1252",
    },
    "cell-error": {
      message: ({ field, value }) => `La formule donne une erreur (${p(value)}) : la valeur de ${p(field)} n'a pas été lue.`,
      hint: () => "Corrigez la formule dans le tableur, ou remplacez-la par sa valeur (Copier, puis Collage spécial › Valeurs seulement).",
    },
    "formula-not-computed": {
      message: ({ field, value }) => `La formule ${p(value)} n'a pas de valeur calculée : la valeur de ${p(field)} n'a pas été lue.`,
      hint: () => "Ouvrez le fichier dans Excel ou Calc et enregistrez-le pour que la valeur soit calculée (le programme qui l'a écrit ne calcule pas les formules).",
    },
    usage: {
      message: ({ detail }) => `Commande incorrecte : ${p(detail)}`,
      hint: () => "Voir eprovence --help.",
    },
    "unknown-command": {
      message: ({ command }) => `Commande inconnue « ${p(command)} ».`,
      hint: ({ commands }) => `Commandes disponibles : ${p(commands)} (eprovence --help).`,
    },
    "database-missing": {
      message: ({ path }) => `Aucune base de données à ${p(path)}.`,
      hint: () => "Créez d'abord une entreprise : eprovence merchant add (ou indiquez --db).",
    },
    "database-not-sqlite": {
      message: ({ path }) => `${p(path)} n'est pas une base de données eprovence (fichier SQLite illisible).`,
      hint: () => "Vérifiez le chemin passé à --db ou EPROVENCE_DB ; ce fichier n'a pas été modifié.",
    },
    "database-too-new": {
      message: ({ path, version, supported }) => `La base ${p(path)} a été écrite par une version plus récente d'eprovence (schéma ${p(version)}, cette version connaît ${p(supported)}).`,
      hint: () => "Mettez eprovence à jour ; la base n'a pas été modifiée.",
    },
    "database-locked": {
      message: ({ path, waitedMs }) =>
        Number(waitedMs) === 0 ? `La base ${p(path)} est occupée par un autre processus.` : `La base ${p(path)} est occupée par un autre processus depuis plus de ${duration(waitedMs)}.`,
      hint: () => "Attendez la fin de l'autre import puis relancez la même commande : rien n'a été écrit. (L'attente se règle en millisecondes avec EPROVENCE_BUSY_TIMEOUT_MS.)",
    },
    "database-read-only": {
      message: ({ path }) => `La base ${p(path)} est en lecture seule.`,
      hint: () => "Donnez-vous le droit d'écrire sur le fichier et son dossier, ou choisissez une autre base avec --db.",
    },
    "database-unwritable": {
      message: ({ path, reason }) => `Impossible d'ouvrir ou d'écrire la base ${p(path)} (${reasonOf(reason).words}).`,
      hint: ({ reason }) => `${reasonOf(reason).fix} Ou choisissez une autre base avec --db.`,
    },
    "disk-full": {
      message: ({ path }) => `Disque plein en écrivant ${p(path)} : rien n'a été enregistré pour ce fichier.`,
      hint: () => "Libérez de la place puis relancez la même commande.",
    },
    "invalid-profile": {
      message: ({ count, problems }) => `Profil d'entreprise invalide (${p(count)} problèmes) :\n${p(problems)}`,
      hint: () => "Corrigez ces valeurs puis relancez la même commande ; rien n'a été enregistré.",
    },
    "invalid-profile-value": {
      message: ({ field, value }) => `Valeur invalide « ${p(value)} » pour ${p(field)}.`,
      hint: ({ key }) => PROFILE_HINTS[p(key)] ?? "Corrigez cette valeur (voir eprovence merchant add --help).",
    },
    "profile-control-character": {
      message: ({ field, value }) => `Valeur refusée pour ${p(field)} : « ${p(value)} » contient un caractère de contrôle invisible (montré ici \\x…).`,
      hint: () => "Retapez ce texte sans le coller depuis un autre logiciel : un caractère de contrôle ferait réagir le terminal qui l'affiche.",
    },
    "missing-profile-value": {
      message: ({ field }) => `Valeur obligatoire absente : ${p(field)}.`,
      hint: ({ key }) => PROFILE_HINTS[p(key)] ?? "Ajoutez cette valeur (voir eprovence merchant add --help).",
    },
    "profile-unknown-key": {
      message: ({ key, path }) => `Clé inconnue « ${p(key)} » dans ${p(path)}.`,
      hint: ({ suggestion, keys }) => `${suggestion ? `Vouliez-vous dire « ${p(suggestion)} » ? ` : ""}Clés acceptées (en camelCase) : ${p(keys)}.`,
    },
    "profile-invalid-json": {
      message: ({ path, line, column, detail }) =>
        `${p(path)} n'est pas un fichier JSON valide${line === undefined ? "" : `, ligne ${p(line)} colonne ${p(column)}`} (${p(detail)}).`,
      hint: () => 'Vérifiez les guillemets doubles, les virgules et les accolades ; un profil s\'écrit { "legalName": "…", "siret": "…" }.',
    },
    "profile-not-object": {
      message: ({ path }) => `${p(path)} ne contient pas un objet JSON { … }.`,
      hint: () => 'Un profil est un seul objet entre accolades, pas une liste : { "legalName": "…", "siret": "…" }.',
    },
    "identifier-required": {
      message: () => "Il manque le SIRET ou le SIREN de l'entreprise.",
      hint: () => "Passez --siret (14 chiffres) ou --siren (9 chiffres) ; dans un fichier --from, la clé « siret » ou « siren ».",
    },
    "identifier-format": {
      message: ({ key, field, value }) =>
        key === "siren"
          ? `SIREN invalide « ${p(value)} » (${p(field)}) : un SIREN compte 9 chiffres.`
          : `SIRET invalide « ${p(value)} » (${p(field)}) : un SIRET compte 14 chiffres.`,
      hint: () => "Recopiez le numéro (les espaces sont permis) : un SIRET de 14 chiffres avec --siret, un SIREN de 9 chiffres avec --siren.",
    },
    "identifier-check-digit": {
      message: ({ key, field, value }) =>
        `${key === "siren" ? "SIREN" : "SIRET"} invalide « ${p(value)} » (${p(field)}) : la clé de contrôle ne correspond pas, sans doute une faute de frappe.`,
      hint: () => "Recopiez le numéro depuis l'extrait Kbis ou annuaire-entreprises.data.gouv.fr : son dernier chiffre est une clé de contrôle.",
    },
    "identifier-mismatch": {
      message: ({ siret, siren }) => `Le SIRET ${p(siret)} ne commence pas par le SIREN ${p(siren)}.`,
      hint: () => "Un SIRET est le SIREN suivi de 5 chiffres : corrigez l'un des deux, ou ne donnez que le SIRET (le SIREN en est déduit).",
    },
    "merchant-exists": {
      message: ({ siren, id, legalName }) => `Une entreprise de SIREN ${p(siren)} est déjà enregistrée : n° ${p(id)}, ${p(legalName)}.`,
      hint: ({ id }) => `Pour la modifier : eprovence merchant update ${p(id)} suivi des options à changer (voir eprovence merchant show ${p(id)}).`,
    },
    "merchant-not-found": {
      message: ({ ref }) => `Aucune entreprise « ${p(ref)} » : ni un numéro, ni un SIRET, ni un SIREN enregistré.`,
      hint: () => "Voir les entreprises enregistrées : eprovence merchant list (désignez-en une par son numéro, son SIRET ou son SIREN).",
    },
    "nothing-to-update": {
      message: ({ ref }) => `Rien à modifier pour l'entreprise « ${p(ref)} » : aucune valeur donnée.`,
      hint: () => "Passez les valeurs à changer, par exemple --headcount 12 --turnover-eur 1250000 (voir eprovence merchant update --help).",
    },
    "no-csv-in-folder": {
      message: ({ path }) => `Aucun catalogue (fichier .csv, .xlsx ou .ods) dans le dossier ${p(path)}.`,
      hint: () => "Indiquez des fichiers de catalogue, un dossier qui en contient, ou un motif comme catalogues/*.csv.",
    },
    "invalid-manifest": {
      message: ({ path, line }) => `Manifeste de lot illisible ${p(path)} (ligne ${p(line)}).`,
      hint: () => "Le manifeste est un CSV à deux colonnes, file et merchant (ou fichier et entreprise), une ligne par fichier.",
    },
    "no-import-source": {
      message: () => "Aucun fichier à importer.",
      hint: () => "Indiquez des fichiers, un dossier ou --batch manifeste.csv, avec --merchant <id|SIRET|SIREN> sauf dans un manifeste.",
    },
    "merchant-required": {
      message: ({ command }) => `Aucune entreprise indiquée ${command === "import" ? "pour les fichiers à importer" : command === "export" ? "pour l'export" : "pour le dossier"} : --merchant manque.`,
      hint: ({ command }) =>
        command === "import"
          ? "Ajoutez --merchant <numéro|SIRET|SIREN> (voir eprovence merchant list), ou passez --batch manifeste.csv avec une colonne entreprise."
          : "Ajoutez --merchant <numéro|SIRET|SIREN> (voir eprovence merchant list), ou --all pour toutes les entreprises.",
    },
    "output-required": {
      message: ({ command }) => (command === "export" || command === "dossier --all" ? "Aucun dossier de sortie : --out manque." : "Aucun fichier à écrire : --out manque."),
      hint: ({ command }) =>
        command === "export"
          ? "Ajoutez --out <dossier> pour écrire les fichiers, ou --check pour seulement contrôler le catalogue."
          : command === "dossier --all"
            ? "Ajoutez --out <dossier> : chaque entreprise y aura son fichier <SIREN>-<nom>.html."
            : "Ajoutez --out dossier.html (ou --out - pour l'afficher).",
    },
    "output-exists": {
      message: ({ path, files }) => (files === undefined ? `${p(path)} existe déjà : il n'a pas été remplacé.` : `Le dossier ${p(path)} contient déjà ${p(files)} : rien n'a été écrit.`),
      hint: ({ files }) => (files === undefined ? "Ajoutez --force pour le remplacer, ou choisissez un autre nom avec --out." : "Ajoutez --force pour remplacer ces fichiers, ou choisissez un autre dossier avec --out."),
    },
    "sku-not-found": {
      message: ({ skus, merchant }) => `Référence inconnue pour ${p(merchant)} : ${p(skus)}. Rien n'a été enregistré.`,
      hint: () => "Vérifiez l'orthographe (eprovence names list --merchant … liste les références), puis relancez.",
    },
    "names-sheet-unreadable": {
      message: ({ path, line, detail }) => `La feuille des noms ${p(path)} est illisible ligne ${p(line)} : ${p(detail)}`,
      hint: () => "Enregistrez-la de nouveau depuis Excel (format .xlsx ou CSV UTF-8), puis relancez.",
    },
    "merchant-file-unreadable": {
      message: ({ path, line }) => `Le fichier d'entreprises ${p(path)} est illisible (ligne ${p(line)}) : une cellule entre guillemets n'est pas refermée ou la structure est brisée.`,
      hint: () => "Ouvrez-le dans un tableur, vérifiez la ligne indiquée, puis enregistrez-le de nouveau en CSV ou en classeur.",
    },
    "merchant-file-not-array": {
      message: ({ path }) => `${p(path)} contient un seul objet JSON { … } et non une liste d'entreprises [ … ].`,
      hint: () => 'Mettez les entreprises entre crochets, une par objet : [ { "legalName": "…", "siret": "…" }, … ] ; pour une seule entreprise, eprovence merchant add --from fichier.json suffit.',
    },
    "merchant-file-no-rows": {
      message: ({ path }) => `${p(path)} ne contient aucune entreprise.`,
      hint: () => "Ajoutez une ligne par entreprise sous l'en-tête (raison_sociale, siret…), ou un objet par entreprise dans la liste JSON.",
    },
    "merchant-file-columns": {
      message: ({ path, missing }) => `Il manque à ${p(path)} ${p(missing)}.`,
      hint: ({ found }) => `Colonnes trouvées : ${p(found) || "aucune"}. Nommez la première ligne du tableau comme dans l'exemple fixtures/consultant/entreprises.csv (raison_sociale ; siret ; code_postal…).`,
    },
    "merchant-file-not-object": {
      message: ({ item }) => `L'élément n° ${p(item)} de la liste n'est pas un objet { … } décrivant une entreprise.`,
      hint: () => 'Chaque élément s\'écrit { "legalName": "…", "siret": "…" }.',
    },
    "merchant-file-duplicate-siren": {
      message: ({ siren, first }) => `Le SIREN ${p(siren)} figure déjà dans ce fichier (${p(first)}) : une entreprise par SIREN.`,
      hint: () => "Gardez une seule ligne par entreprise (ses établissements partagent son SIREN), puis relancez.",
    },
    "names-sheet-columns": {
      message: ({ path }) => `${p(path)} n'a pas les colonnes « Référence » et « Nom chinois validé » d'une feuille des noms.`,
      hint: () => "Partez de la feuille écrite par eprovence names sheet, sans renommer ces deux colonnes, puis relancez.",
    },
    "output-unwritable": {
      message: ({ path, reason }) => `Impossible d'écrire ${p(path)} (${reasonOf(reason).words}) : aucun fichier n'a été modifié.`,
      hint: ({ reason }) => `${reasonOf(reason).fix} Puis relancez la même commande.`,
    },
    "onboard-no-terminal": {
      message: () => "eprovence onboard pose des questions, et il n'y a pas de terminal pour y répondre (entrée redirigée, CI, ou --no-input).",
      hint: () =>
        "Lancez-le dans un terminal (npm start ou eprovence onboard), ou donnez les réponses dans un fichier : eprovence onboard --answers reponses.yaml (clés : voir le README, section onboard ; eprovence demo montre tout le parcours sans terminal).",
    },
    "missing-answers": {
      message: ({ keys, path }) => `Réponses manquantes${p(path) === "" ? "" : ` dans ${p(path)}`}, et pas de terminal pour les demander : ${p(keys)}.`,
      hint: () => "Ajoutez ces clés au fichier --answers (voir le README, section onboard), ou lancez eprovence onboard dans un terminal.",
    },
    "unknown-answer-key": {
      message: ({ key, path }) => `Clé inconnue « ${p(key)} »${p(path) === "" ? "" : ` dans ${p(path)}`}.`,
      hint: ({ suggestion, keys }) => `${p(suggestion) === "" ? "" : `Vouliez-vous dire « ${p(suggestion)} » ? `}Clés acceptées : ${p(keys)}.`,
    },
    "answer-not-understood": {
      message: ({ value }) => (p(value) === "" ? "Il faut une réponse pour continuer." : `Réponse non comprise : « ${p(value)} ».`),
      hint: (params) => EXPECTED_ANSWERS[p(params.expected) as ExpectedAnswer]?.(params) ?? "Tapez une autre réponse.",
    },
    "invalid-answer": {
      message: ({ key, path, detail }) => `Réponse refusée pour ${p(key)}${p(path) === "" ? "" : ` (${p(path)})`} : ${p(detail)}`,
      hint: ({ fix }) => (p(fix) === "" ? "Corrigez cette valeur dans le fichier de réponses, puis relancez." : `${p(fix)} Rien n'a été enregistré pour cette réponse.`),
    },
    "file-too-complex": {
      message: ({ path, limit }) => `${p(path)} est trop complexe : ses alias YAML (*nom) se déploient en plus de ${p(limit)} copies.`,
      hint: () => "Écrivez les valeurs elles-mêmes plutôt que des alias qui en répètent d'autres : un fichier de réponses n'en a pas besoin. Rien n'a été enregistré.",
    },
    "answers-file-invalid": {
      message: ({ path, detail }) => `Fichier de réponses illisible ${p(path)} : ${p(detail)}.`,
      hint: () => 'Écrivez un objet JSON (.json) ou YAML (.yaml) de réponses, par exemple { "company": { "legalName": "…" } } (voir le README, section onboard).',
    },
    "eligibility-subject": {
      message: () => "Indiquez une entreprise enregistrée (--merchant) ou un profil (--profile), pas les deux ; --catalogue ne va qu'avec --profile (avec --merchant, c'est le catalogue importé qui compte).",
      hint: () => "Exemples : eprovence eligibility --merchant 81234567800013, ou eprovence eligibility --profile profil.json --catalogue catalogue.csv.",
    },
    "unknown-channel": {
      message: ({ channel }) => `Canal inconnu « ${p(channel)} ».`,
      hint: ({ channels }) => `Canaux pris en charge : ${p(channels)}.`,
    },
    "import-not-found": {
      message: ({ id }) => `Aucun import n° ${p(id)}.`,
      hint: () => "Voir eprovence imports list pour les numéros existants.",
    },
    "file-malformed": {
      message: ({ path, line, detail }) => `${p(path)} n'a pas été importé : ${p(detail)} (ligne ${p(line)}).`,
      hint: () => "Corrigez cette ligne puis relancez la même commande : aucune ligne de ce fichier n'a été enregistrée.",
    },
    "images-folder-not-found": {
      message: ({ path }) => `Dossier de photos introuvable : ${p(path)}.`,
      hint: () => "Indiquez le dossier où sont les photos des produits (un dossier, pas un fichier), nommées par référence : SAV-001.jpg, SAV-001-2.jpg…",
    },
    "stored-picture-missing": {
      message: ({ sku, sha256 }) => `La photo gardée du produit ${p(sku)} a disparu (${p(sha256).slice(0, 12)}…) : rien n'a été exporté.`,
      hint: () => "Importez de nouveau le catalogue avec ses photos : elles seront recopiées à côté de la base, puis relancez l'export.",
    },
    "stored-picture-altered": {
      message: ({ sku, sha256 }) => `La photo gardée du produit ${p(sku)} a été modifiée depuis son import (${p(sha256).slice(0, 12)}…) : rien n'a été exporté.`,
      hint: () => "Importez de nouveau le catalogue avec ses photos : elles seront recopiées à côté de la base, puis relancez l'export.",
    },
    "file-not-found": {
      message: ({ path }) => `Fichier introuvable : ${p(path)}.`,
      hint: () => "Vérifiez le chemin du fichier.",
    },
    "file-unreadable": {
      message: ({ path, reason }) => `Impossible de lire ${p(path)} (${reasonOf(reason).words}).`,
      hint: ({ reason }) => reasonOf(reason).fix,
    },
    "positive-list-no-code-column": {
      message: ({ path, headers }) => `${p(path)} n'a pas de colonne de codes tarifaires (en-tête lu : ${p(headers)}).`,
      hint: () => "Nommez la colonne des codes à 8 chiffres « code », « hs_code », « code SH » ou « tarif », ou mettez-la en première colonne. Rien n'a été chargé.",
    },
    "positive-list-invalid-code": {
      message: ({ path, line, value }) => `${p(path)}, ligne ${p(line)} : « ${p(value)} » n'est pas une ligne tarifaire à 8 chiffres.`,
      hint: () => "Chaque ligne de la liste positive a 8 chiffres (3401.11.00 ou 34011100). Corrigez le fichier : rien n'a été chargé.",
    },
    "file-empty": {
      message: ({ path }) => `Le fichier ${p(path)} est vide.`,
      hint: () => "Exportez le catalogue avec sa ligne d'en-tête et une ligne par produit.",
    },
    "file-binary": {
      message: ({ path }) => `${p(path)} n'est ni un fichier CSV ni un classeur (contenu binaire : une image, un PDF…).`,
      hint: () =>
        "Un classeur Excel (.xlsx) ou LibreOffice (.ods) est accepté ; sinon, dans Excel : Fichier › Enregistrer sous › « CSV UTF-8 (délimité par des virgules) » : c'est le seul format CSV d'Excel qui garde les noms chinois.",
    },
    "workbook-unreadable": {
      message: ({ path, reason }) =>
        reason === "corrupt"
          ? `${p(path)} est un fichier zip abîmé ou tronqué : il n'a pas pu être lu.`
          : reason === "not-workbook-ole"
            ? `${p(path)} est un document Office à l'ancien format, mais pas un classeur.`
            : `${p(path)} est une archive zip, mais ni un classeur Excel ni un classeur LibreOffice Calc.`,
      hint: () => "Ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le au format .xlsx, puis relancez.",
    },
    "workbook-old-or-encrypted": {
      message: ({ path, kind }) =>
        kind === "encrypted"
          ? `${p(path)} est un classeur protégé par un mot de passe : son contenu est chiffré, il n'a pas été lu.`
          : `${p(path)} est un classeur à l'ancien format .xls (Excel 97-2003), qui n'est pas lu ici.`,
      hint: ({ kind }) =>
        kind === "encrypted"
          ? "Ouvrez-le dans Excel, retirez le mot de passe (Fichier › Informations › Protéger le classeur › Chiffrer avec mot de passe : videz le champ) et enregistrez-le sans mot de passe, puis relancez."
          : "Ouvrez-le dans Excel ou LibreOffice et enregistrez-le au format .xlsx (Fichier › Enregistrer sous › Classeur Excel), puis relancez.",
    },
    "workbook-too-large": {
      message: ({ path, part, reason }) =>
        reason === "size-mismatch"
          ? `${p(path)} se décompresse au-delà de la taille qu'il annonce (partie ${String(part ?? "?")}) : il a été refusé sans être lu.`
          : `${p(path)} se décompresse au-delà de la limite raisonnable (partie ${String(part ?? "?")}) : il a été refusé sans être lu.`,
      hint: () => "Vérifiez la provenance du fichier ; un vrai catalogue tient dans quelques dizaines de Mo une fois décompressé.",
    },
    "sheet-too-large": {
      message: ({ path, sheet, limitMillions }) =>
        `La feuille « ${p(sheet)} » de ${p(path)} dépasse ${p(limitMillions)} millions de cellules (chaque ligne comptée jusqu'à sa dernière cellule remplie) : elle a été refusée avant d'être lue en entier.`,
      hint: () =>
        "Enregistrez-la en CSV UTF-8 (Fichier › Enregistrer sous › « CSV UTF-8 (délimité par des virgules) ») et donnez ce fichier : un CSV est lu au fil de l'eau, sans cette limite. Ou supprimez les cellules remplies par erreur loin en dessous ou à droite des données.",
    },
    "sheet-not-found": {
      message: ({ path, sheet }) => (sheet === undefined || sheet === "" ? `${p(path)} n'a aucune feuille visible dont l'en-tête ressemble à un catalogue.` : `${p(path)} n'a pas de feuille « ${String(sheet)} ».`),
      hint: () => "Indiquez la feuille à lire avec --sheet NOM ou --sheet NUMÉRO (1 pour la première).",
    },
    "file-device": {
      message: ({ path }) => `${p(path)} est un périphérique (un flux du système ou un terminal), pas un fichier : il n'a pas été lu.`,
      hint: () => "Indiquez un fichier .csv, un dossier qui en contient, ou envoyez les données par un tube : commande | eprovence import - --merchant <numéro>.",
    },
    "stream-too-large": {
      message: ({ path, limitMb }) =>
        `${p(path) === "-" ? "L'entrée standard" : `Le flux ${p(path)}`} dépasse ${p(limitMb)} Mo, la taille qu'eprovence accepte d'un tube : rien n'a été importé.`,
      hint: () =>
        "Enregistrez d'abord les données dans un fichier (commande > catalogue.csv), puis importez ce fichier : eprovence import catalogue.csv --merchant <numéro>. La variable EPROVENCE_STREAM_MAX_MB fixe une autre limite (en Mo).",
    },
    "unknown-encoding": {
      message: ({ value }) => `Encodage inconnu « ${p(value)} ».`,
      hint: () => "Utilisez utf-8 ou windows-1252 (ou laissez la détection automatique).",
    },
    "invalid-delimiter": {
      message: ({ value }) => `Séparateur non pris en charge « ${p(value)} ».`,
      hint: () => "Utilisez « ; », « , » ou « tab » (ou laissez la détection automatique).",
    },
    "invalid-mapping": {
      message: ({ value }) => `Correspondance de colonne invalide « ${p(value)} ».`,
      hint: ({ fields }) => `Écrivez --map "Votre colonne=champ", champ parmi : ${p(fields)}.`,
    },
    "invalid-option": {
      message: ({ option, value }) => `Valeur invalide pour ${p(option)} : « ${p(value)} ».`,
      hint: ({ expected }) => `Attendu : ${p(expected)}.`,
    },
    "invalid-scenario": {
      message: ({ path, detail }) => `Le scénario ${p(path)} n'est pas un objet JSON lisible (${p(detail)}).`,
      hint: () => 'Écrivez un objet JSON, par exemple { "salesEur": 100000, "shopAnnualFee": "60000 CNY" } (voir le README).',
    },
    "unknown-scenario-key": {
      message: ({ path, key }) => `Clé inconnue « ${p(key)} » dans le scénario ${p(path)}.`,
      hint: ({ keys }) => `Clés possibles : ${p(keys)}.`,
    },
    "invalid-scenario-value": {
      message: ({ path, key, value }) => `Valeur invalide pour « ${p(key)} » dans le scénario ${p(path)} : « ${p(value)} ».`,
      hint: ({ expected }) => `Attendu : ${p(expected)}.`,
    },
    "config-invalid": {
      message: ({ path, line }) => `Le fichier de réglages ${p(path)} n'est ni du YAML ni du JSON lisible${Number(line) > 0 ? ` (ligne ${p(line)})` : ""}.`,
      hint: () => "Écrivez-le en YAML (clé: valeur, une par ligne) ou en JSON ; les clés possibles sont dans le README (section « Dans la CI »), ou passez --no-config.",
    },
    "unknown-config-key": {
      message: ({ path, key, line }) => `Clé inconnue « ${p(key)} » dans le fichier de réglages ${p(path)}, ligne ${p(line)}.`,
      hint: ({ suggestion, keys }) => `${suggestion === "" ? "" : `Vouliez-vous écrire « ${p(suggestion)} » ? `}Clés possibles : ${p(keys)}.`,
    },
    "invalid-config-value": {
      message: ({ path, key, line, value }) => `Valeur invalide pour « ${p(key)} » dans le fichier de réglages ${p(path)}, ligne ${p(line)} : « ${p(value)} ».`,
      hint: ({ expected }) => `Attendu : ${p(expected)}.`,
    },
  },
  placeholders: {
    amount: "montant",
    channel: "canal",
    char: "caractère",
    command: "commande",
    dir: "dossier",
    email: "e-mail",
    euros: "euros",
    file: "fichier",
    format: "format",
    id: "numéro",
    lang: "langue",
    list: "liste",
    manifest: "manifeste",
    mapping: "correspondance",
    mode: "mode",
    months: "mois",
    n: "n",
    name: "nom",
    names: "noms",
    options: "options",
    path: "chemin",
    paths: "chemins",
    phone: "téléphone",
    postcode: "code-postal",
    rate: "taux",
    ref: "entreprise",
    siren: "siren",
    siret: "siret",
    staff: "effectif",
    order: "ordre",
    text: "texte",
    status: "statut",
    value: "valeur",
    "yes|no": "oui|non",
    "name|number": "nom|numéro",
  },
  help: {
    program: "De « puis-je vendre en Chine ? » à un catalogue prêt pour Tmall Global, pour les TPE/PME de Provence.",
    db: "fichier de base de données (défaut : %s ; variable EPROVENCE_DB)",
    lang: "langue des messages : fr ou en (variable EPROVENCE_LANG, sinon LANG)",
    noInput: "ne jamais poser de question (échoue s'il manque une réponse)",
    quiet: "n'afficher que l'essentiel",
    verbose: "afficher les détails techniques des erreurs",
    version: "afficher la version",
    helpOption: "afficher l'aide",
    helpCommand: "afficher l'aide d'une commande",
    onboard: "assistant : entreprise → éligibilité → coûts → catalogue → corrections → export et dossier",
    onboardAnswers: "fichier de réponses (JSON ou YAML) : répond d'avance à tout ou partie des questions ; - pour l'entrée standard",
    demo: "tout le parcours sur des données d'exemple (une savonnerie marseillaise fictive), dans une base temporaire",
    validate: "vérifier un fichier catalogue (sans base de données)",
    validateFile: "les catalogues (.csv, .xlsx, .ods) : fichiers, dossiers ou motifs comme catalogues/*.csv ; ou - pour l'entrée standard",
    format: "format du rapport : pretty, json, junit, github ou sarif",
    maxErrors: "nombre d'erreurs détaillées au plus, 1000 par défaut (les totaux restent exacts)",
    config: "le fichier de réglages à lire (par défaut : eprovence.config.yaml ou .json, cherché du dossier courant jusqu'à la racine du dépôt)",
    noConfig: "ne lire aucun fichier de réglages",
    strict: "les avertissements font aussi échouer la vérification (code 1)",
    encoding: "encodage du fichier (détecté sinon) : utf-8, windows-1252…",
    delimiter: "séparateur (détecté sinon) : ';', ',' ou tab",
    images: "dossier des photos des produits nommées par référence (SAV-001.jpg la principale, SAV-001-2.png, SAV-001-3.jpg…)",
    sheet: "feuille d'un classeur .xlsx, par nom ou numéro (sinon la première feuille visible qui est un catalogue)",
    map: "associer une colonne à un champ : \"Ma colonne=champ\" (répétable)",
    minShelfLife: "durée de conservation minimale d'un produit alimentaire, en mois (défaut 12, choix de conception)",
    costs: "boutique Tmall Global ou salons : coûts année par année, tableau et graphique",
    costsPreset: "un ou plusieurs préréglages : quote-2017 (défaut), tmall-global-fees, canton-fair-9m2, prowein-9m2, vinexpo-9m2 (séparés par des virgules ; le dernier l'emporte)",
    costsScenario: "fichier JSON de scénario, mêmes noms que les options en camelCase (les options l'emportent)",
    costsMerchant: "enregistrer le scénario avec l'entreprise (numéro, SIRET ou SIREN)",
    costsExplain: "lister chaque hypothèse : valeur, unité, source et date",
    years: "horizon, en années (défaut 3)",
    salesEur: "ventes annuelles prévues, en € ; ou une fourchette bas,moyen,haut (50000,100000,200000)",
    shopDeposit: "dépôt de garantie remboursable (€, ou « 150000 CNY ») : montré à part, pas un coût",
    shopAnnualFee: "frais de service annuels de la boutique (€, ou « 60000 CNY »)",
    shopRefundTier1Multiple: "palier 1 de remboursement des frais annuels : ventes ≥ N × ces frais",
    shopRefundTier1Percent: "palier 1 : part des frais annuels remboursée, en %",
    shopRefundTier2Multiple: "palier 2 de remboursement des frais annuels : ventes ≥ N × ces frais",
    shopRefundTier2Percent: "palier 2 : part des frais annuels remboursée, en %",
    shopCommissionPercent: "commission sur les ventes, en %",
    shopPaymentFeePercent: "frais de paiement (Alipay) sur les ventes, en %",
    shopAgencyMonthly: "agence (opérateur de boutique) : forfait par mois (€ ou CNY)",
    shopAgencyPercent: "agence (opérateur de boutique) : % des ventes",
    shopLogisticsPerOrder: "logistique par commande (€ ou CNY)",
    shopOrdersPerYear: "commandes prévues par an",
    shopMarketing: "budget marketing de la boutique, par an (€ ou CNY)",
    shopSetup: "mise en place de la boutique, une fois, en année 1 (€ ou CNY)",
    fairsPerYear: "salons par an",
    fairSpaceM2: "surface du stand, en m²",
    fairSpacePerM2: "prix de l'emplacement, par m² (€ ou CNY)",
    fairBoothPrice: "prix forfaitaire de l'emplacement, par salon (€ ou CNY)",
    fairBuildPerM2: "construction et aménagement du stand, par m² (€ ou CNY)",
    fairPeople: "personnes envoyées sur le salon",
    fairDays: "jours sur place, par personne",
    fairTravelPerDay: "voyage et hôtel, par personne et par jour (€ ou CNY)",
    fairSampleShipping: "envoi des échantillons, par salon (€ ou CNY)",
    fairPromotion: "promotion, par salon (€ ou CNY)",
    fairOther: "autres frais par salon, par exemple un devis tout compris (€ ou CNY)",
    fairSubsidy: "subvention par salon, déduite (€ ou CNY)",
    fairContacts: "contacts obtenus par salon (pour le coût par contact)",
    eurCny: "taux de change EUR → CNY (défaut 7,5554, BCE du 2026-10-06)",
    merchantCommand: "profils d'entreprise : add, list, show, update",
    merchantAdd: "enregistrer une entreprise (options, ou fichier --from profil.json)",
    merchantList: "lister les entreprises enregistrées",
    merchantShow: "afficher une entreprise",
    merchantImport: "enregistrer plusieurs entreprises d'un coup : un CSV, un classeur (.xlsx, .ods) ou une liste JSON, une entreprise par ligne ; suivez-les ensuite avec eprovence portfolio",
    merchantImportFile: "le fichier des entreprises (en-têtes en français ou en anglais)",
    merchantImportMode: "upsert (par défaut : une entreprise déjà enregistrée sous ce SIREN est mise à jour) ou create (elle est rejetée)",
    merchantImportRejects: "écrire les lignes rejetées avec leur motif dans ce fichier CSV",
    portfolio: "toutes les entreprises d'un coup d'œil : éligibilité, complétude du catalogue, prochaine étape",
    portfolioVerdictFilter: "seulement ce verdict : eligible, eligible-with-conditions, not-eligible, none (jamais évaluée) ou stale (à refaire)",
    portfolioBelow: "seulement les entreprises dont la complétude est sous N %",
    portfolioSearch: "seulement les entreprises dont le nom, le SIREN, le SIRET ou une marque contient ce texte",
    portfolioSort: "ordre : name (par nom, par défaut), completeness (les moins complètes d'abord) ou updated (les plus récemment modifiées d'abord)",
    portfolioFormat: "format de sortie : pretty (tableau lisible), json ou csv (pour un tableur)",
    merchantUpdate: "modifier une entreprise : seules les valeurs données changent",
    merchantRefArg: "numéro, SIRET ou SIREN de l'entreprise",
    merchantFormat: "format de sortie : pretty (lisible) ou json (montants en euros)",
    merchantFrom: "lire le profil dans un fichier JSON (clés en camelCase ; - pour l'entrée standard) ; les options l'emportent sur le fichier",
    profileLegalName: "raison sociale",
    profileSiret: "SIRET, 14 chiffres (espaces permis) ; le SIREN en est déduit",
    profileSiren: "SIREN, 9 chiffres (si vous ne donnez pas de SIRET)",
    profilePostcode: "code postal du siège (5 chiffres)",
    profileHeadcount: "effectif en équivalents temps plein (ex. 12 ou 12,5)",
    profileTurnoverEur: "chiffre d'affaires annuel HT en euros, dernier exercice clos (ex. 1250000 ou \"1 250 000,50\")",
    profileBalanceSheetEur: "total du bilan en euros, dernier exercice clos",
    profileIndependent: "indépendante : oui ou non (non si une entreprise qui n'est pas une PME détient plus de 25 %)",
    profileBrand: "une marque (répétable)",
    profileBrands: "les marques, séparées par des virgules (\"\" pour les effacer)",
    profileTrademark: "marque déposée : registered, pending (dépôt en cours) ou none",
    profileContactName: "nom du contact",
    profileContactEmail: "e-mail du contact",
    profileContactPhone: "téléphone du contact",
    import: "charger des fichiers catalogue dans la base pour une entreprise",
    importPaths: "fichiers, dossiers (tous les .csv, .xlsx, .ods) ou motifs ; - pour l'entrée standard",
    merchantRef: "l'entreprise : son numéro, son SIRET ou son SIREN",
    batch: "manifeste CSV (colonnes file,merchant) pour importer pour plusieurs entreprises",
    mode: "upsert (défaut : crée ou met à jour), create (nouveautés seulement) ou replace (le catalogue devient le fichier)",
    dryRun: "tout vérifier et compter, sans rien enregistrer",
    rejects: "écrire les lignes rejetées avec leur motif dans ce fichier (un dossier pour plusieurs fichiers)",
    imports: "historique des imports : list | show",
    importsList: "lister les imports, du plus récent au plus ancien",
    importsShow: "détailler un import et ses constats",
    data: "les données officielles fournies par le consultant",
    dataPositiveList: "la liste positive CBEC (lignes tarifaires à 8 chiffres)",
    positiveListImport: "charger la liste positive depuis un CSV ou un classeur (remplace la précédente)",
    positiveListShow: "dire quelle liste positive est chargée",
    positiveListFile: "le fichier (CSV, .xlsx, .ods) avec une colonne de codes à 8 chiffres",
    positiveListEdition: "la date de l'édition de la liste (AAAA-MM-JJ)",
    positiveListSource: "d'où vient la copie (texte officiel, référence)",
    validatePositiveList: "vérifier les codes SH contre cette liste positive (CSV ou classeur), sans base de données",
    importId: "le numéro de l'import (voir imports list)",
    names: "noms chinois des produits : list | draft | sheet | apply",
    namesList: "lister les produits et l'origine de leur nom chinois (fourni, brouillon, relu, manquant)",
    namesDraft: "proposer un nom chinois (brouillon à faire relire) aux produits qui n'en ont pas, d'après le glossaire",
    namesDraftSku: "seulement ces références (répétable, ou séparées par des virgules)",
    namesDraftAll: "refaire aussi les brouillons existants (jamais un nom fourni par l'entreprise ou relu)",
    namesSheet: "écrire la feuille à faire remplir par un traducteur (.xlsx ou .csv)",
    namesSheetOut: "le fichier à écrire : .xlsx pour Excel, sinon un CSV UTF-8",
    namesSheetStatus: "les produits à mettre dans la feuille, par origine de leur nom ou de leurs ingrédients chinois (défaut : draft,missing)",
    namesSheetForce: "remplacer le fichier s'il existe déjà",
    namesApply: "enregistrer les noms et les ingrédients chinois validés par le traducteur (ils deviennent « relus »)",
    namesApplyFile: "la feuille des noms remplie (.xlsx ou .csv)",
    namesApplyPartial: "enregistrer les noms justes même si d'autres lignes sont à corriger",
    namesStatus: "seulement ces origines, séparées par des virgules : supplied (fourni), draft (brouillon), reviewed (relu), missing (manquant)",
    formatPrettyJson: "format : pretty ou json",
    eligibility: "verdict d'éligibilité d'une entreprise et de son catalogue, règle par règle",
    profile: "un profil d'entreprise JSON (mêmes clés que merchant add --from), sans base de données",
    catalogue: "avec --profile : le catalogue CSV à examiner",
    gate: "code de sortie 1 si le verdict est « pas éligible » (pour les scripts)",
    export: "préparation pour un canal (complétude par produit), puis les fichiers du catalogue prêts pour Tmall Global",
    exportChannel: "canal de vente (un seul pour l'instant : tmall-global)",
    exportOut: "dossier où écrire catalogue.csv, catalogue.json et manifest.json",
    exportCheck: "contrôler seulement : afficher la complétude, sans rien écrire",
    exportMinCompleteness: "code de sortie 1 si la complétude du catalogue est sous N % (0–100, pour la CI)",
    exportAllowPartial: "exporter les produits prêts et lister les autres, au lieu de refuser",
    exportRequireReviewedNames: "refuser l'export (code de sortie 1) tant qu'un nom chinois est un brouillon non relu",
    exportForce: "remplacer les fichiers d'un export précédent dans le dossier",
    exportAll: "toutes les entreprises enregistrées, chacune dans son dossier <SIREN>-<nom> sous --out ; une entreprise refusée n'arrête pas les autres",
    dossier: "dossier de candidature HTML autonome d'une entreprise (imprimable)",
    dossierOut: "le fichier HTML à écrire",
    dossierForce: "remplacer le fichier s'il existe déjà",
    portfolioOut: "écrire le portefeuille dans une page HTML autonome et imprimable (barre de complétude par entreprise)",
    portfolioForce: "remplacer la page si elle existe déjà",
    dossierAll: "un dossier par entreprise enregistrée, <SIREN>-<nom>.html, dans le répertoire --out",
    dossierFormat: "format du bilan de --all : pretty (lisible) ou json",
    helpUsage: "Utilisation :",
    helpOptions: "Options :",
    helpCommands: "Commandes :",
    helpArguments: "Arguments :",
    helpGlobalOptions: "Options générales :",
    helpDefault: "défaut : %s",
  },
  ui: {
    reportTitle: ({ file }) => `Contrôle du catalogue ${p(file)}`,
    detected: ({ encoding, delimiter }) => `Encodage ${p(encoding)}, séparateur ${p(delimiter)}`,
    detectedWorkbook: ({ format, sheet, headerLine, hiddenRows }) =>
      `${format === "ods" ? "Classeur LibreOffice Calc" : "Classeur Excel"} : feuille ${p(sheet)}, en-tête ligne ${p(headerLine)}${Number(hiddenRows) > 0 ? `, ${countFr(hiddenRows, "ligne masquée lue", "lignes masquées lues")} comme les autres` : ""}`,
    line: ({ line }) => (Number(line) === 0 ? "Fichier" : `Ligne ${p(line)}`),
    sheetLine: ({ sheet, line }) => (Number(line) === 0 ? `Feuille ${p(sheet)}` : `Feuille ${p(sheet)}, ligne ${p(line)}`),
    column: ({ column }) => `colonne « ${p(column)} »`,
    cellAt: ({ sheet, cell }) => `Feuille ${p(sheet)}, cellule ${p(cell)}`,
    locatedMessage: ({ where, message }) => `${p(where)} : ${p(message)}`,
    hint: () => "À faire :",
    summary: ({ rows, validRows, errors, warnings }) =>
      `${countFr(rows, "produit", "produits")}, ${countFr(validRows, "valide", "valides")} ; ${countFr(errors, "erreur", "erreurs")}, ${countFr(warnings, "avertissement", "avertissements")}.`,
    verdictValid: () => "Catalogue valide.",
    batchTotals: ({ files, valid, invalid, failed, rows, errors, warnings }) =>
      `Au total, ${countFr(files, "fichier", "fichiers")} : ${countFr(valid, "valide", "valides")}, ${countFr(invalid, "invalide", "invalides")}, ${countFr(failed, "illisible", "illisibles")} ; ${countFr(rows, "produit", "produits")} ; ${countFr(errors, "erreur", "erreurs")}, ${countFr(warnings, "avertissement", "avertissements")}.`,
    fileUnreadable: () => "Fichier illisible :",
    verdictInvalid: () => "Catalogue invalide : corrigez les erreurs ci-dessus puis relancez la vérification.",
    verdictStrict: () => "Mode strict : les avertissements comptent comme des erreurs.",
    truncated: ({ max }) => `Seules les ${p(max)} premières erreurs sont détaillées ; les totaux restent exacts (--max-errors pour en voir plus).`,
    severityError: () => "erreur",
    severityWarning: () => "avertissement",
    tab: () => "tabulation",
    errorPrefix: () => "Erreur :",
    usageUnknownOption: ({ option }) => `option inconnue ${p(option)}.`,
    usageUnknownCommand: ({ command }) => `commande inconnue « ${p(command)} ».`,
    usageMissingArgument: ({ argument }) => `il manque ${p(argument)}.`,
    usageOptionMissingArgument: ({ option }) => `il manque la valeur de l'option ${p(option)}.`,
    usageMissingMandatoryOption: ({ option }) => `l'option ${p(option)} est obligatoire.`,
    usageExcessArguments: ({ expected, actual }) => `trop d'arguments : ${p(actual)} donnés, ${p(expected)} attendu${Number(expected) >= 2 ? "s" : ""}.`,
    usageInvalidArgument: ({ option, value }) => `valeur « ${p(value)} » refusée pour ${p(option)}.`,
    usageConflictingOption: ({ option, other }) => `${p(option)} et ${p(other)} ne vont pas ensemble.`,
    usageSuggestion: ({ suggestion }) => `Vouliez-vous dire ${p(suggestion)} ?`,
    unexpected: ({ detail }) => `Erreur inattendue : ${p(detail)}. Relancez avec --verbose et signalez-la.`,
    progress: ({ percent, rows, rate }) => `Lecture ${p(percent)} — ${p(rows)} produits — ${p(rate)} produits/s`,
    costsTitle: ({ years }) => `Coûts sur ${inYearsFr(years)} : boutique Tmall Global ou salons`,
    costsContext: ({ presets, rate, rateDate }) => `Chiffres de départ : ${p(presets)} · 1 € = ${p(rate)} CNY (${p(rateDate)})`,
    costsSales: ({ sales }) => `Ventes annuelles prévues : ${p(sales)} €`,
    costsSalesRange: ({ low, mid, high }) => `Ventes annuelles prévues : bas ${p(low)} € · moyen ${p(mid)} € · haut ${p(high)} €`,
    costsYear: () => "Année",
    costsShop: () => "Boutique",
    costsFairs: () => "Salons",
    costsShopCumulative: () => "Boutique cumulé",
    costsFairsCumulative: () => "Salons cumulé",
    costsDifference: () => "Écart cumulé",
    costsDifferenceNote: () => "Écart = salons − boutique, en cumulé : positif, la boutique revient moins cher.",
    costsAmountsNote: () => "Montants en euros.",
    costsPerYear: () => "Coût par an",
    costsCumulative: () => "Coût cumulé",
    costsLow: () => "bas",
    costsMid: () => "moyen",
    costsHigh: () => "haut",
    costsChartTitle: () => "Coûts cumulés, en milliers d'euros",
    costsChartYear: ({ year }) => `An ${p(year)}`,
    costsLegendShop: () => "boutique Tmall Global",
    costsLegendFairs: () => "salons",
    costsCheaperFrom: ({ year, years }) => `En cumulé, la boutique revient moins cher que les salons à partir de l'année ${p(year)} (horizon : ${inYearsFr(years)}).`,
    costsNeverCheaper: ({ years }) => `En cumulé sur ${inYearsFr(years)}, la boutique ne revient jamais moins cher que les salons.`,
    costsCheaperBySales: ({ list, years }) => `En cumulé sur ${inYearsFr(years)}, la boutique revient moins cher que les salons : ${p(list)}.`,
    costsFromYearShort: ({ year }) => `dès l'année ${p(year)}`,
    costsNeverShort: () => "jamais",
    costsBreakEvenShopBelow: ({ sales, years }) =>
      `Point d'équilibre : ${p(sales)} € de ventes par an (cumul sur ${inYearsFr(years)}). En dessous, la boutique revient moins cher ; à partir de là, les salons.`,
    costsBreakEvenFairsBelow: ({ sales, years }) =>
      `Point d'équilibre : ${p(sales)} € de ventes par an (cumul sur ${inYearsFr(years)}), grâce au remboursement des frais annuels. En dessous, les salons reviennent moins cher ; à partir de là, la boutique.`,
    costsShopAlwaysCheaper: ({ years }) => `Pas de point d'équilibre : quelles que soient les ventes, la boutique revient moins cher sur ${inYearsFr(years)}.`,
    costsFairsAlwaysCheaper: ({ years }) => `Pas de point d'équilibre : quelles que soient les ventes, les salons reviennent moins cher sur ${inYearsFr(years)}.`,
    costsDeposit: ({ amount, original }) => `Dépôt de garantie : ${p(amount)} € (${p(original)}), immobilisés mais remboursables — ce n'est pas un coût.`,
    costsPerOrder: ({ amount }) => `Coût de la boutique par commande : ${p(amount)} €.`,
    costsPerContact: ({ amount }) => `Coût des salons par contact : ${p(amount)} €.`,
    costsDetailShop: ({ sales }) => `Boutique, année 1 (ventes : ${p(sales)} €)`,
    costsDetailFair: ({ fairs }) => `Un salon (${p(fairs)} par an)`,
    costsLineAnnualFee: () => "frais de service annuels",
    costsLineFeeRefund: () => "remboursement des frais annuels",
    costsLineCommission: () => "commission sur les ventes",
    costsLinePaymentFee: () => "frais de paiement (Alipay)",
    costsLineAgency: () => "agence (opérateur de boutique)",
    costsLineLogistics: () => "logistique",
    costsLineMarketing: () => "marketing",
    costsLineSetup: () => "mise en place (une fois)",
    costsLineSpace: () => "emplacement",
    costsLineBuild: () => "construction du stand",
    costsLineTravel: () => "voyage et hôtel",
    costsLineSamples: () => "envoi d'échantillons",
    costsLinePromotion: () => "promotion",
    costsLineOther: () => "autres frais (forfait)",
    costsLineSubsidy: () => "subvention",
    costsLineTotal: () => "total",
    verdictToCorrect: () => "Catalogue à corriger : les produits en erreur sont repris un par un ci-dessous.",
    hintWithAction: ({ hint, action }) => `${p(hint).replace(/\.$/, "")} (${p(action)}).`,
    costsUnsourced: ({ inputs }) => `Sans source, comptés 0 : ${p(inputs)}. Entrez vos propres chiffres avec les options entre parenthèses.`,
    costsUnsourcedPerson: ({ inputs }) => `Sans source, comptés 0 : ${p(inputs)}. Ces chiffres sont à fournir par l'entreprise.`,
    costsExplainLine: ({ input, flag, value }) => `${p(input)} (${p(flag)}) : ${p(value)}`,
    costsAssumptionsHint: ({ count }) => `${p(count)} hypothèses, chacune avec sa valeur, sa source et sa date : --explain pour les lister.`,
    costsExplainTitle: () => "Hypothèses : valeur et unité, puis source et date",
    dateUndated: () => "non daté",
    assumptions: ({ list }) => `Hypothèses : ${p(list)}`,
    assumptionCited: ({ assumption, source, date }) => `${p(assumption)} (${p(source)}, ${p(date)})`,
    assumptionPositiveList: ({ edition, source }) => `liste positive fournie, édition ${p(edition)} (source ${p(source)} ; un code à 6 chiffres est accepté quand une ligne à 8 chiffres commence par lui)`,
    dateFormat: () => "une date AAAA-MM-JJ",
    positiveListSourceText: () => "un texte (d'où vient la copie)",
    positiveListNone: () => "Aucune liste positive chargée : les codes SH sont « non vérifiés ». Chargez-la avec « eprovence data positive-list import FICHIER --edition AAAA-MM-JJ --source TEXTE ».",
    positiveListLoaded: ({ edition, source, count, importedAt }) => `Liste positive CBEC, édition ${p(edition)} (source : ${p(source)}) : ${countFr(count, "ligne tarifaire", "lignes tarifaires")}, chargée le ${p(importedAt)}.`,
    assumptionMinShelfLifeMonths: ({ value }) => `durée minimale de conservation d'un produit alimentaire : ${p(value)} mois`,
    assumptionEurCny: ({ value }) => `taux de change : 1 € = ${p(value)} CNY`,
    assumptionCbecOrderLimitCny: ({ value }) => `plafond d'une commande transfrontalière : ${p(value)} CNY`,
    assumptionTitleMaxDisplayUnits: ({ value }) => `largeur d'un titre Tmall : ${p(value)} unités (un caractère chinois en compte 2)`,
    assumptionHighEndCosmeticCnyPerGram: ({ value }) => `seuil des cosmétiques haut de gamme : ${p(value)} CNY par gramme ou millilitre`,
    merchantLabel: ({ field }) => MERCHANT_LABELS[p(field)] ?? p(field),
    merchantValue: ({ value }) => MERCHANT_VALUES[p(value)] ?? p(value),
    merchantAdded: ({ id, legalName }) => `Entreprise n° ${p(id)} enregistrée : ${p(legalName)}.`,
    merchantUpdated: ({ id, fields }) => `Entreprise n° ${p(id)} modifiée : ${p(fields)}.`,
    merchantUnchanged: ({ id }) => `Entreprise n° ${p(id)} : ces valeurs étaient déjà enregistrées, rien n'a changé.`,
    listOr: () => " ou ",
    merchantFileColumn: ({ name }) => `la colonne « ${p(name)} »`,
    merchantFileKey: ({ name }) => `la clé « ${p(name)} »`,
    merchantFileColumnNames: ({ names }) => `la colonne ${p(names)}`,
    merchantFileLine: ({ line }) => `ligne ${p(line)}`,
    merchantFileItem: ({ item }) => `élément n° ${p(item)}`,
    merchantImportTitle: ({ file, count, mode }) => `Import des entreprises de ${p(file)} — ${countFr(count, "ligne", "lignes")}, mode ${p(mode)}`,
    merchantImportDryRun: () => "Simulation : rien n'a été enregistré.",
    merchantImportStatus: ({ status }) => ({ created: "créée", updated: "modifiée", unchanged: "inchangée", rejected: "rejetée" })[p(status)] ?? p(status),
    merchantImportTotals: ({ created, updated, unchanged, rejected }) =>
      `Bilan : ${countFr(created, "créée", "créées")}, ${countFr(updated, "modifiée", "modifiées")}, ${countFr(unchanged, "inchangée", "inchangées")}, ${countFr(rejected, "rejetée", "rejetées")}.`,
    merchantImportIgnored: ({ columns }) => `Colonnes ignorées (aucune donnée d'entreprise) : ${p(columns)}.`,
    merchantImportRejectsWritten: ({ path, count }) => `${countFr(count, "ligne rejetée écrite", "lignes rejetées écrites")} dans ${p(path)} avec leur motif — corrigez-les puis importez ce fichier.`,
    merchantImportRejectedHint: ({ count }) => `${countFr(count, "ligne rejetée", "lignes rejetées")} : relancez avec --rejects rejets.csv pour obtenir un fichier des lignes rejetées avec leur motif, à corriger puis importer.`,
    portfolioColumn: ({ column }) =>
      ({ legalName: "Entreprise", siren: "SIREN", sme: "Taille", verdict: "Éligibilité", products: "Produits", ready: "Prêts", completeness: "Complétude", draftNames: "Noms à revoir", lastImport: "Dernier import", nextStep: "Prochaine étape" })[p(column)] ?? p(column),
    portfolioSme: ({ category }) => ({ micro: "TPE", small: "petite", medium: "moyenne", none: "hors PME" })[p(category)] ?? "inconnue",
    portfolioVerdict: ({ verdict, date }) =>
      `${({ eligible: "éligible", "eligible-with-conditions": "sous conditions", "not-eligible": "non éligible" })[p(verdict)] ?? p(verdict)} le ${p(date)}`,
    portfolioStale: () => "« à refaire »",
    portfolioNever: () => "jamais",
    portfolioImport: ({ date, status }) => (status === "failed" ? `${p(date)} (échoué)` : p(date)),
    portfolioStep: ({ step, ref }) =>
      ({
        "import-catalogue": `Importer son catalogue : eprovence import catalogue.csv --merchant ${p(ref)}`,
        evaluate: `Évaluer son éligibilité : eprovence eligibility --merchant ${p(ref)}`,
        "evaluate-again": `Refaire l'éligibilité (profil ou catalogue modifié) : eprovence eligibility --merchant ${p(ref)}`,
        "not-eligible": `Revoir avec elle ce qui bloque : eprovence eligibility --merchant ${p(ref)}`,
        "complete-catalogue": `Compléter les fiches produit : eprovence export --check --merchant ${p(ref)}`,
        "review-names": `Faire relire les noms chinois : eprovence names sheet --merchant ${p(ref)}`,
        export: `Exporter pour Tmall Global : eprovence export --merchant ${p(ref)} --out dossier-export`,
      })[p(step)] ?? p(step),
    portfolioNone: () => 'Aucune entreprise enregistrée. Ajoutez-en : eprovence merchant import entreprises.csv, ou eprovence merchant add --legal-name "…" --siret "…"',
    portfolioNoMatch: ({ count }) => `Aucune des ${countFr(count, "entreprise enregistrée", "entreprises enregistrées")} ne répond à ces critères.`,
    portfolioTitle: ({ shown, count }) => `Portefeuille : ${countFr(shown, "entreprise", "entreprises")} sur ${p(count)}`,
    portfolioWritten: ({ path }) => `Portefeuille écrit : ${p(path)} (s'ouvre dans un navigateur, s'imprime sur A4).`,
    // export --all, dossier --all: one line per company, then the totals. kind: export | check | dossier
    deliveryTitle: ({ kind, count, out }) =>
      kind === "check"
        ? `Contrôle de l'export pour Tmall Global : ${countFr(count, "entreprise", "entreprises")} (aucun fichier écrit)`
        : kind === "dossier"
          ? `Dossiers de candidature : ${countFr(count, "entreprise", "entreprises")}, dans ${p(out)}`
          : `Export pour Tmall Global : ${countFr(count, "entreprise", "entreprises")}, dans ${p(out)}`,
    deliveryWritten: ({ kind, name, siren, count, path }) =>
      kind === "dossier" ? `${p(name)} (${p(siren)}) : dossier écrit, ${p(path)}` : `${p(name)} (${p(siren)}) : ${countFr(count, "produit exporté", "produits exportés")} dans ${p(path)}`,
    deliveryChecked: ({ name, siren, ready, total }) => `${p(name)} (${p(siren)}) : export possible, ${countFr(ready, "produit prêt", "produits prêts")} sur ${p(total)}`,
    deliveryRefused: ({ name, siren, reason }) => `${p(name)} (${p(siren)}) : export refusé, ${p(reason)}`,
    deliveryRefusal: ({ verdict, notReady, total, completeness, minimum, drafts }) =>
      ({
        "no-products": "aucun produit enregistré",
        "below-minimum": `complétude de ${p(completeness)} %, sous le minimum de ${p(minimum)} %`,
        "draft-names": `${countFr(drafts, "nom chinois encore à faire relire", "noms chinois encore à faire relire")}`,
        "not-ready": `${countFr(notReady, "produit", "produits")} sur ${p(total)} ${pluralFr(notReady, "n'est pas prêt", "ne sont pas prêts")}`,
        "none-ready": `aucun des ${countFr(total, "produit", "produits")} n'est prêt`,
      })[p(verdict)] ?? p(verdict),
    deliveryFailed: ({ name, siren, message }) => `${p(name)} (${p(siren)}) : non fait, ${p(message)}`,
    deliveryDetail: ({ ref }) => `le détail : eprovence export --check --merchant ${p(ref)}`,
    deliveryTotals: ({ kind, written, checked, refused, failed }) =>
      `Bilan : ${[kind === "check" ? countFr(checked, "prête", "prêtes") : countFr(written, "livrée", "livrées"), ...(kind === "dossier" ? [] : [countFr(refused, "refusée", "refusées")]), `${p(failed)} non ${pluralFr(failed, "faite", "faites")}`].join(", ")}`,
    merchantNone: () => 'Aucune entreprise enregistrée. Ajoutez-en une : eprovence merchant add --legal-name "…" --siret "…"',
    profileFileKey: ({ key, path }) => `la clé « ${p(key)} » de ${p(path)}`,
    importTitle: ({ files, mode }) => `Import de ${countFr(files, "fichier", "fichiers")}, mode ${p(mode)}`,
    importDryRun: () => "Simulation (--dry-run) : rien n'a été enregistré.",
    colFile: () => "fichier",
    colStatus: () => "état",
    col_created: () => "créés",
    col_updated: () => "modifiés",
    col_unchanged: () => "inchangés",
    col_deleted: () => "supprimés",
    col_rejected: () => "rejetés",
    col_warnings: () => "avertissements",
    colTotal: () => "total",
    statusImported: () => "importé",
    statusUnchanged: () => "inchangé",
    statusFailed: () => "échec",
    statusDryRun: () => "simulé",
    importUnchanged: ({ file, id }) => `${p(file)} : contenu identique à l'import n° ${p(id)}, rien n'a été modifié.`,
    importRejectsWritten: ({ file, rejects, count }) => `${p(file)} : ${countFr(count, "ligne rejetée écrite", "lignes rejetées écrites")} dans ${p(rejects)} avec leur motif — corrigez-les puis importez ce fichier.`,
    importRejectedHint: ({ file, count }) => `${p(file)} : ${countFr(count, "ligne rejetée", "lignes rejetées")} ; relancez avec --rejects rejets.csv pour les récupérer, ou voir eprovence validate.`,
    merchantRejectsSheet: () => "Entreprises",
    rejectReason: () => "Motif du rejet",
    progressFile: ({ file, percent, rows, rate, eta }) => `${p(file)} : ${p(percent)} — ${p(rows)} produits — ${p(rate)} produits/s — reste ${p(eta)}`,
    importsEmpty: () => "Aucun import pour le moment.",
    namesEmpty: () => "Aucun produit à afficher.",
    namesSheetWritten: ({ path, count, merchant, ingredients }) =>
      `Feuille des noms écrite : ${p(path)} (${countFr(count, "produit", "produits")}). Envoyez-la au traducteur : il remplit la colonne « Nom chinois validé »${Number(ingredients) > 0 ? " et, pour les produits alimentaires, « Ingrédients chinois validés »" : ""}. Puis enregistrez ses noms : eprovence names apply ${p(path)} --merchant ${p(merchant)}`,
    namesDraftWidth: ({ width, limit }) => `(largeur ${p(width)} sur ${p(limit)})`,
    namesDraftKept: () => "gardé",
    namesDraftNone: () => "pas de brouillon : le glossaire ne reconnaît pas le produit dans la désignation",
    namesDraftDropped: ({ parts }) => `retiré pour tenir dans la largeur de Tmall : ${p(parts)}`,
    namesDraftUnknown: ({ words }) => `mots inconnus du glossaire, à traduire : ${p(words)}`,
    exportLabelsToComplete: ({ count }) => `Étiquette électronique chinoise : ${countFr(count, "produit a", "produits ont")} des rubriques écrites « 待补充 » (à compléter) dans labels-zh.html :`,
    exportLabelFields: ({ sku, fields }) => `${p(sku)} : ${p(fields)}`,
    namesDraftIngredients: ({ list }) => `ingrédients en chinois proposés (brouillon, à faire valider) : ${p(list)}`,
    namesDraftIngredientsUnknown: ({ words }) => `pas de brouillon des ingrédients en chinois : le glossaire ne connaît pas ${p(words)} (à faire traduire)`,
    namesDraftedIngredients: ({ count }) => `${countFr(count, "liste d'ingrédients en chinois enregistrée", "listes d'ingrédients en chinois enregistrées")} en brouillon, à faire valider par une personne qui lit le chinois.`,
    namesDraftIngredientsDryRun: ({ count }) => `Simulation : ${countFr(count, "liste d'ingrédients en chinois serait enregistrée", "listes d'ingrédients en chinois seraient enregistrées")}. Rien n'a été enregistré.`,
    namesDraftNothing: () => "Aucun brouillon rédigé : chaque produit a déjà un nom chinois, ou le glossaire ne reconnaît pas ses désignations.",
    namesDraftDryRun: ({ count }) => `Simulation : ${countFr(count, "brouillon serait enregistré", "brouillons seraient enregistrés")}. Rien n'a été enregistré.`,
    namesDrafted: ({ count }) =>
      `${countFr(count, "brouillon enregistré", "brouillons enregistrés")}, à faire relire par une personne qui lit le chinois : eprovence names sheet écrit la feuille à lui envoyer.`,
    namesApplyNothing: () => "Aucun nom chinois validé dans la feuille : rien à enregistrer. Le traducteur remplit la colonne « Nom chinois validé » et, pour les produits alimentaires, « Ingrédients chinois validés ».",
    namesApplied: ({ count }) => `${countFr(count, "nom chinois relu enregistré", "noms chinois relus enregistrés")}.`,
    namesApplyLeftOut: ({ count }) => `${countFr(count, "ligne laissée de côté", "lignes laissées de côté")} (ci-dessus) : corrigez-les dans la feuille, puis relancez.`,
    namesApplyDryRun: ({ count, problems }) => `Simulation : ${countFr(count, "nom serait enregistré", "noms seraient enregistrés")}, ${countFr(problems, "ligne à corriger", "lignes à corriger")}. Rien n'a été enregistré.`,
    namesApplyRefused: ({ count, accepted }) =>
      `Rien n'a été enregistré : ${countFr(count, "ligne est à corriger", "lignes sont à corriger")} (ci-dessus). Corrigez la feuille et relancez, ou ajoutez --partial pour enregistrer ${countFr(accepted, "ligne juste", "lignes justes")}.`,
    namesSheetHeader: ({ limit }) => `Référence|Désignation|Nom chinois proposé|Largeur (sur ${p(limit)})|Mots inconnus|Nom chinois validé`,
    namesSheetName: () => "Noms chinois",
    namesSheetIngredientsHeader: () => "Ingrédients|Ingrédients chinois proposés|Ingrédients chinois validés",
    namesSheetReviewedIngredientsHeaders: () => "Ingrédients chinois validés|Ingrédients validés",
    namesAppliedIngredients: ({ count }) => `${countFr(count, "liste d'ingrédients en chinois relue enregistrée", "listes d'ingrédients en chinois relues enregistrées")}.`,
    namesIngredientsHeader: () => "Ingrédients chinois",
    namesSheetSkuHeaders: () => "Référence|Réf.|SKU",
    namesSheetReviewedHeaders: () => "Nom chinois validé|Nom validé",
    namesHeader: () => "Référence|Désignation|Nom chinois|Origine du nom|Modifié le",
    nameStatus: ({ status }) => ({ supplied: "fourni par l'entreprise", draft: "brouillon à faire relire", reviewed: "relu par un traducteur" })[p(status)] ?? "manquant",
    importsHeader: () => "n°|date|entreprise|fichier|mode|état|créés|modifiés|inchangés|rejetés|avert.",
    importDetail: ({ id, file, merchant, mode, status, started, source }) => `Import n° ${p(id)} — ${p(file)} pour ${p(merchant)}, mode ${p(mode)}, ${p(status)} le ${p(started)} (${p(source)})`,
    importSourceCsv: ({ encoding, delimiter }) => `encodage ${p(encoding)}, séparateur ${p(delimiter)}`,
    importSourceWorkbook: ({ format, sheet }) => `${format === "ods" ? "classeur LibreOffice Calc" : "classeur Excel"}, feuille ${p(sheet)}`,
    importCounts: ({ rows, created, updated, unchanged, deleted, rejected, warnings }) => `${countFr(rows, "ligne", "lignes")} : ${countFr(created, "créée", "créées")}, ${countFr(updated, "modifiée", "modifiées")}, ${countFr(unchanged, "inchangée", "inchangées")}, ${countFr(deleted, "supprimée", "supprimées")}, ${countFr(rejected, "rejetée", "rejetées")} ; ${countFr(warnings, "avertissement", "avertissements")}.`,
    importFailure: ({ failure }) => `Échec : ${p(failure)}`,
    eligibilityTitle: ({ subject }) => `Éligibilité à E-Provence (Tmall Global) — ${p(subject)}`,
    verdict_eligible: () => "Verdict : éligible.",
    "verdict_eligible-with-conditions": () => "Verdict : éligible sous conditions — voir les étapes ci-dessous.",
    "verdict_not-eligible": () => "Verdict : pas éligible en l'état — voir ce qui changerait la réponse ci-dessous.",
    andMore: ({ count }) => `… et ${countFr(count, "autre", "autres")} (--format json pour la liste complète)`,
    ruleSource: ({ source }) => `Source : ${p(source)}`,
    nextSteps: () => "Prochaines étapes :",
    eligibilityUnchanged: ({ date }) => `Aucun changement depuis la dernière évaluation du ${p(date)}.`,
    eligibilityChanges: ({ date, verdict }) => `Depuis l'évaluation du ${p(date)} (${p(verdict)}) :`,
    rulesVersion: ({ version, date }) => `Règles version ${p(version)}, évaluées le ${p(date)}.`,
    exportTitle: ({ merchant, channel }) => `Préparation pour ${p(channel)} — ${p(merchant)}`,
    exportCompleteness: ({ completeness, ready, total }) => `Complétude du catalogue : ${p(completeness)} % — ${countFr(ready, "produit prêt", "produits prêts")} sur ${p(total)}.`,
    exportProduct: ({ sku, completeness }) => `${p(sku)} (${p(completeness)} %)`,
    exportMissing: ({ list }) => `manque : ${p(list)}`,
    exportRecommended: ({ list }) => `recommandé : ${p(list)}`,
    exportToConfirm: ({ text }) => `à confirmer : ${p(text)}`,
    exportComplete: ({ count }) => `${countFr(count, "produit complet", "produits complets")} à 100 %.`,
    exportCheckOnly: () => "Contrôle seul (--check) : aucun fichier écrit.",
    exportBelowMinimum: ({ completeness, minimum }) => `Complétude ${p(completeness)} %, sous le minimum demandé de ${p(minimum)} %.`,
    exportAboveMinimum: ({ completeness, minimum }) => `Complétude ${p(completeness)} %, au moins le minimum demandé de ${p(minimum)} %.`,
    exportNoProducts: () => "Aucun produit enregistré pour cette entreprise : rien à exporter. Importez d'abord son catalogue (eprovence import catalogue.csv --merchant …).",
    exportRefusedMinimum: () => "Export refusé : la complétude est sous le minimum demandé. Aucun fichier écrit.",
    exportRefusedDraftNames: ({ count, skus }) =>
      `Export refusé : ${countFr(count, "nom chinois est encore un brouillon", "noms chinois sont encore des brouillons")} à faire relire (${p(skus)}). Faites-les relire par un traducteur, puis exportez de nouveau. Aucun fichier écrit.`,
    exportRefused: ({ count, total }) =>
      `Export refusé : ${countFr(count, "produit", "produits")} sur ${p(total)} ${pluralFr(count, "n'est pas prêt", "ne sont pas prêts")} (liste ci-dessus). Aucun fichier écrit. Complétez-les et réimportez, ou exportez les produits prêts avec --allow-partial.`,
    exportNoneReady: ({ total }) => `Export refusé : aucun des ${countFr(total, "produit", "produits")} n'est prêt (liste ci-dessus). Aucun fichier écrit.`,
    exportPictures: ({ count }) => `images/  ${countFr(count, "photo", "photos")} (leur SHA-256 dans manifest.json)`,
    exportWritten: ({ count, out }) => `${countFr(count, "produit exporté", "produits exportés")} dans ${p(out)} :`,
    exportLeftOut: ({ count, skus }) => `${pluralFr(count, "Non exporté, pas prêt", "Non exportés, pas prêts")} : ${p(count)} — ${p(skus)}`,
    exportRate: ({ rate, date }) => `Prix en CNY au taux de ${p(rate)} CNY/EUR du ${p(date)} ; taxe CBEC estimée par catégorie (vin et spiritueux : estimations), voir manifest.json.`,
    // French typography puts a space before the colon; English does not.
    labelled: ({ label, text }) => `${p(label)} : ${p(text)}`,
    listSeparator: () => " ; ",
  },
};

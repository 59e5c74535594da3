import type { MessageCatalogue } from "./catalogue.js";

const p = (value: string | number | undefined): string => String(value ?? "");

export const fr: MessageCatalogue = {
  codes: {
    "missing-column": {
      message: ({ field }) => `Colonne obligatoire absente : ${p(field)}.`,
      hint: ({ field }) => `Ajoutez une colonne « ${p(field)} » (ou son nom français), ou indiquez la vôtre avec --map "Votre colonne=${p(field)}".`,
    },
    "duplicate-column": {
      message: ({ value, first }) => `La colonne « ${p(value)} » désigne le même champ que « ${p(first)} ».`,
      hint: () => "Supprimez ou renommez l'une des deux colonnes ; seule la première est lue.",
    },
    "unknown-column": {
      message: ({ value }) => `Colonne inconnue « ${p(value)} » : elle est ignorée.`,
      hint: ({ value }) => `Si elle correspond à un champ, indiquez-le avec --map "${p(value)}=champ" (champs : voir le README).`,
    },
    "wrong-column-count": {
      message: ({ expected, actual }) => `Cette ligne a ${p(actual)} colonnes au lieu de ${p(expected)}.`,
      hint: () => "Un séparateur ou un retour à la ligne se trouve sans doute dans un texte non entouré de guillemets : entourez ce texte de guillemets.",
    },
    "missing-value": {
      message: ({ field }) => `Valeur obligatoire manquante : ${p(field)}.`,
      hint: ({ field }) => `Renseignez « ${p(field)} » pour ce produit.`,
    },
    "invalid-sku": {
      message: ({ value }) => `Référence invalide « ${p(value)} ».`,
      hint: () => "Utilisez 1 à 64 caractères : lettres sans accent, chiffres et . _ / -",
    },
    "duplicate-sku": {
      message: ({ value, firstLine }) => `La référence « ${p(value)} » apparaît déjà ligne ${p(firstLine)}.`,
      hint: () => "Chaque produit doit avoir sa propre référence : corrigez ou supprimez le doublon.",
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
      hint: () => "Ajoutez un nom chinois (colonne name_zh) : il est exigé pour l'export vers Tmall Global.",
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
    "hs-positive-list-not-checked": {
      message: ({ value, rows }) => `La position SH ${p(value)} (${p(rows)} produit(s)) n'est pas dans nos données de la liste positive CBEC : non vérifiée.`,
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
      hint: () => "Ajoutez au moins une adresse https:// d'image (séparées par « | ») : exigé pour l'export vers Tmall Global.",
    },
    "invalid-image-url": {
      message: ({ value }) => `Adresse d'image invalide « ${p(value)} ».`,
      hint: () => "Chaque image doit être une adresse https:// complète, sans espace ; séparez-les par « | ».",
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
      hint: () => "Réenregistrez le fichier en « CSV UTF-8 » ou précisez --encoding windows-1252.",
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
      message: ({ path }) => `La base ${p(path)} est occupée par un autre processus depuis plus de 30 secondes.`,
      hint: () => "Attendez la fin de l'autre import puis relancez la même commande : rien n'a été écrit.",
    },
    "database-read-only": {
      message: ({ path }) => `La base ${p(path)} est en lecture seule.`,
      hint: () => "Donnez-vous le droit d'écrire sur le fichier et son dossier, ou choisissez une autre base avec --db.",
    },
    "database-unwritable": {
      message: ({ path }) => `Impossible d'ouvrir ou d'écrire la base ${p(path)}.`,
      hint: () => "Vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez une autre base avec --db.",
    },
    "disk-full": {
      message: ({ path }) => `Disque plein en écrivant ${p(path)} : rien n'a été enregistré pour ce fichier.`,
      hint: () => "Libérez de la place puis relancez la même commande.",
    },
    "file-not-found": {
      message: ({ path }) => `Fichier introuvable : ${p(path)}.`,
      hint: () => "Vérifiez le chemin du fichier.",
    },
    "file-unreadable": {
      message: ({ path, reason }) => `Impossible de lire ${p(path)} (${p(reason)}).`,
      hint: () => "Vérifiez que c'est un fichier et que vous avez le droit de le lire.",
    },
    "file-empty": {
      message: ({ path }) => `Le fichier ${p(path)} est vide.`,
      hint: () => "Exportez le catalogue avec sa ligne d'en-tête et une ligne par produit.",
    },
    "file-binary": {
      message: ({ path }) => `${p(path)} n'est pas un fichier CSV (contenu binaire, peut-être une image ou un classeur .xlsx).`,
      hint: () => "Dans Excel : Fichier › Enregistrer sous › « CSV (séparateur : point-virgule) » ou « CSV UTF-8 ».",
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
    onboard: "assistant : entreprise → éligibilité → coûts → catalogue → export et dossier",
    validate: "vérifier un fichier catalogue (sans base de données)",
    validateFile: "le fichier CSV, ou - pour l'entrée standard",
    format: "format du rapport : pretty, json, junit, github ou sarif",
    maxErrors: "nombre d'erreurs détaillées au plus (les totaux restent exacts)",
    strict: "les avertissements font aussi échouer la vérification (code 1)",
    encoding: "encodage du fichier (détecté sinon) : utf-8, windows-1252…",
    delimiter: "séparateur (détecté sinon) : ';', ',' ou tab",
    map: "associer une colonne à un champ : \"Ma colonne=champ\" (répétable)",
    minShelfLife: "durée de conservation minimale d'un produit alimentaire, en mois (défaut 12, choix de conception)",
    eurCny: "taux de change EUR → CNY (défaut 7,5554, BCE du 2026-10-06)",
  },
  ui: {
    reportTitle: ({ file }) => `Contrôle du catalogue ${p(file)}`,
    detected: ({ encoding, delimiter }) => `Encodage ${p(encoding)}, séparateur ${p(delimiter)}`,
    line: ({ line }) => (Number(line) === 0 ? "Fichier" : `Ligne ${p(line)}`),
    column: ({ column }) => `colonne « ${p(column)} »`,
    hint: () => "À faire :",
    summary: ({ rows, validRows, errors, warnings }) =>
      `${p(rows)} produit(s), ${p(validRows)} valide(s) ; ${p(errors)} erreur(s), ${p(warnings)} avertissement(s).`,
    verdictValid: () => "Catalogue valide.",
    verdictInvalid: () => "Catalogue invalide : corrigez les erreurs ci-dessus puis relancez la vérification.",
    verdictStrict: () => "Mode strict : les avertissements comptent comme des erreurs.",
    truncated: ({ max }) => `Seules les ${p(max)} premières erreurs sont détaillées ; les totaux restent exacts (--max-errors pour en voir plus).`,
    severityError: () => "erreur",
    severityWarning: () => "avertissement",
    tab: () => "tabulation",
    errorPrefix: () => "Erreur :",
    unexpected: ({ detail }) => `Erreur inattendue : ${p(detail)}. Relancez avec --verbose et signalez-la.`,
    progress: ({ percent, rows, rate }) => `Lecture ${p(percent)} — ${p(rows)} produits — ${p(rate)} produits/s`,
    assumptions: ({ list }) => `Hypothèses : ${p(list)}`,
    commandsSoon: () => "L'assistant « eprovence onboard » arrive bientôt. Commandes disponibles :",
  },
};

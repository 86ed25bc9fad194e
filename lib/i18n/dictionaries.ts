/**
 * Every word of the public site, in both languages.
 *
 * The English object is the reference: `Messages` is its type, and the French
 * object is declared as `Messages`, so a key missing (or misspelt) in French is a
 * compile error, not a blank on a page. Values are plain strings with `{name}`
 * placeholders (see ./interpolate.ts), so a dictionary can be passed as props to
 * a client component.
 *
 * Convention for language links: `languageSwitcher.readInThisLanguage` and
 * `languageName` are written in their own language. An English page links to
 * French with `messages.fr.languageSwitcher.readInThisLanguage` ("Lire en
 * français", `lang="fr"`), and the other way round.
 */
import type { Verdict } from "@/db/schema";
import type { Locale } from "./locales";

export interface VerdictText {
  /** Badge text. */
  label: string;
  /** One sentence telling a reader what the verdict means. */
  description: string;
}

const en = {
  site: {
    name: "Factdesk",
    tagline: "Rumors checked. Answers sourced. Corrections on the record.",
    description:
      "Factdesk checks claims circulating in public and publishes sourced answers, in French and English.",
  },
  nav: {
    label: "Main navigation",
    skipToContent: "Skip to content",
    home: "Home",
    search: "Search",
    corrections: "Corrections",
    report: "Report a rumor",
    correctionsPolicy: "Corrections policy",
  },
  verdicts: {
    false: {
      label: "False",
      description: "The claim is inaccurate: the available evidence shows it is not true.",
    },
    misleading: {
      label: "Misleading",
      description:
        "The claim contains accurate elements but presents them in a way that leads to a false conclusion.",
    },
    "missing-context": {
      label: "Missing context",
      description:
        "The claim is not false in itself, but it leaves out context that changes how it should be understood.",
    },
    unproven: {
      label: "Unproven",
      description: "No reliable evidence currently confirms or refutes the claim.",
    },
    true: {
      label: "True",
      description: "The claim is accurate and supported by reliable evidence.",
    },
  } satisfies Record<Verdict, VerdictText>,
  entry: {
    claim: "The claim",
    verdict: "Our verdict",
    summary: "Summary",
    explanation: "The explanation",
    sources: "Sources",
    sourcePublishedBy: "Published by {publisher}",
    sourceAccessedOn: "Accessed on {date}",
    topics: "Topics",
    publishedOn: "Published on {date}",
    updatedOn: "Updated on {date}",
    corrections: "Corrections",
    correctionOn: "Correction of {date}",
    verdictChanged: "Verdict changed from “{from}” to “{to}”.",
    reportError: "Report an error",
    reportErrorHint: "Spotted a mistake in this answer? Tell us and an editor will review it.",
    origin: "Origin",
    originSource: "Seen on",
    firstSeen: "First seen on {date}",
    translationAvailable: "This fact-check is also available in another language.",
  },
  languageSwitcher: {
    label: "Language",
    languageName: "English",
    readInThisLanguage: "Read in English",
    switchToThisLanguage: "English version of the site",
    noTranslation: "This fact-check has not been translated.",
  },
  list: {
    latest: "Latest fact-checks",
    filterByVerdict: "Filter by verdict",
    filterByTopic: "Filter by topic",
    all: "All",
    applyFilters: "Apply filters",
    clearFilters: "Clear filters",
    topicTitle: "Topic: {topic}",
    newerPage: "Newer entries",
    olderPage: "Older entries",
    pagination: "Pagination",
    noEntries: "No fact-checks published yet.",
    noEntriesForFilters: "No fact-checks match these filters.",
    readMore: "Read the fact-check",
    invalidParameters: "This address contains a filter or a page marker that we do not recognise. Start again from the full list.",
    filtersHeading: "Filter the fact-checks",
    topicsHeading: "Browse by topic",
    topicDescription: "Every Factdesk fact-check on {topic}, newest first.",
    topicCount: {
      one: "{count} fact-check",
      other: "{count} fact-checks",
    },
    allTopics: "All topics",
  },
  search: {
    title: "Search",
    label: "Search the fact-checks",
    placeholder: "A claim, a name, a place…",
    submit: "Search",
    resultsFor: "Results for “{query}”",
    resultCount: {
      one: "{count} result",
      other: "{count} results",
    },
    noResults: "No fact-check matches “{query}”. Try other words, or report this rumor to us.",
    emptyQuery: "Type a few words to search the published fact-checks.",
    queryTooLong: "Your search is too long. Please shorten it.",
    invalid: "This search could not be run. Please type your search again.",
    moreResults: "More results",
    previousResults: "Previous results",
    resultsHeading: "Results",
  },
  errors: {
    notFound: {
      title: "Page not found",
      body: "This page does not exist or has moved. The fact-check you are looking for may be in the other language or under a new address.",
    },
    gone: {
      title: "Fact-check withdrawn",
      body: "The newsroom has withdrawn this fact-check. It is no longer available. Our corrections page explains withdrawals where we can.",
    },
    serverError: {
      title: "Something went wrong",
      body: "We could not display this page. Please try again in a moment.",
    },
    backHome: "Back to the home page",
    searchInstead: "Search the fact-checks",
  },
  footer: {
    text: "Factdesk is a newsroom fact-checking desk. Every answer cites its sources, is reviewed by a second editor before publication, and every correction is public.",
    feedsHeading: "Follow",
    policyLink: "Our corrections policy",
    copyright: "© {year} Factdesk",
    aboutHeading: "About",
    openData: "Open data: JSON API",
    allFactChecks: "All fact-checks",
  },
  feeds: {
    heading: "Feeds",
    subscribe: "Subscribe",
    subscribeHint: "Follow new fact-checks and corrections in your feed reader.",
    rss: "RSS",
    atom: "Atom",
    jsonFeed: "JSON Feed",
    allTitle: "Factdesk — latest fact-checks",
    allDescription: "The latest fact-checks published by Factdesk, in English.",
    topicTitle: "Factdesk — fact-checks on {topic}",
    topicDescription: "Fact-checks on {topic} published by Factdesk, in English.",
    correctionsTitle: "Factdesk — corrections",
    correctionsDescription: "Every correction made to a published Factdesk fact-check, in English.",
    correctionItemTitle: "Correction: {claim}",
  },
  report: {
    title: "Report a rumor",
    intro:
      "Seen or heard a claim that you doubt? Send it to us. Editors read every report; we cannot answer each one, but the claims we check are published here.",
    errorTitle: "Report an error",
    errorIntro:
      "Tell us what is wrong in this fact-check and, if you can, how you know. An editor who did not write the answer will review it.",
    entryLabel: "Fact-check concerned",
    claimLabel: "What did you see or hear?",
    claimHint: "Quote the claim as closely as you can.",
    detailsLabel: "What is wrong, in your view?",
    whereLabel: "Where did you see it?",
    wherePlaceholder: "A website, a social network, a message, a conversation…",
    urlLabel: "Link (optional)",
    seenOnLabel: "When did you see it? (optional)",
    emailLabel: "Your e-mail address (optional)",
    emailHint: "Only used to contact you about this report. Never published.",
    honeypotLabel: "Leave this field empty",
    consent:
      "We use your report only to check the claim. If you leave an e-mail address, only our editors can see it, and it is deleted after 90 days.",
    optional: "optional",
    required: "required",
    submit: "Send the report",
    sending: "Sending…",
    errors: {
      summary: "The report could not be sent. Please correct the fields below.",
      claimRequired: "Please describe the claim.",
      claimTooLong: "Please keep the description under {max} characters.",
      detailsRequired: "Please tell us what is wrong.",
      urlInvalid: "This link does not look valid. It must start with http:// or https://.",
      emailInvalid: "This e-mail address does not look valid.",
      dateInvalid: "This date is not valid.",
      dateInFuture: "This date is in the future.",
      rateLimited: "Too many reports were sent from your connection. Please try again later.",
      unexpected: "Your report could not be sent. Please try again in a moment.",
      tooFast: "That was quick! To keep automated spam out, please check your report and send it again.",
      expired: "This form was open for too long. Please send it again.",
      tooLong: "Please keep this field under {max} characters.",
      whereRequired: "Please tell us where you saw it: a link or a short description.",
      entryNotFound: "This fact-check can no longer be reported on. Please use the general report form.",
    },
    confirmation: {
      title: "Thank you, your report has been received",
      body: "Its reference number is {reference}. Please quote it if you write to us about this report.",
      another: "Report another rumor",
    },
  },
  correctionsPage: {
    title: "Corrections",
    intro:
      "Every correction made to a published fact-check, newest first. Read our corrections policy to learn how we handle mistakes.",
    none: "No corrections so far.",
    correctedOn: "Corrected on {date}",
    verdictChange: "Verdict: {from} → {to}",
    readEntry: "Read the corrected fact-check",
  },
  correctionsPolicy: {
    title: "Corrections policy",
    intro:
      "A fact-checking desk asks others to correct the record; it must hold itself to the same standard. This page explains how we correct our own work.",
    sections: [
      {
        heading: "Our commitment",
        paragraphs: [
          "We try to get every fact-check right before it is published: each answer cites its sources, and no answer is published until an editor other than its author has reviewed it.",
          "We still make mistakes. When we do, we correct them promptly and openly. We never change a published answer silently.",
        ],
      },
      {
        heading: "What we correct, and how",
        paragraphs: [
          "A correction is made whenever a published fact-check contained a factual error, misrepresented a source, or reached a verdict that the evidence does not support.",
          "A correction note is added to the fact-check. It is dated and says what was wrong and what changed. When the verdict changes, the note gives the previous verdict and the new one.",
          "Every correction is also listed on our corrections page and in its feeds, and the fact-check's update date changes in our feeds so that subscribers see it again.",
        ],
      },
      {
        heading: "Updates and minor edits",
        paragraphs: [
          "When new information appears after publication without our answer having been wrong, we update the fact-check and say so in a dated update note.",
          "Spelling mistakes, formatting, and broken links that do not change the meaning of an answer are fixed without a note.",
        ],
      },
      {
        heading: "Withdrawals",
        paragraphs: [
          "We do not delete fact-checks to hide mistakes. In rare cases, for legal reasons or to protect someone's safety or privacy, we withdraw one: its address then tells visitors that it has been withdrawn, and we explain the withdrawal on the corrections page whenever we can.",
        ],
      },
      {
        heading: "Asking for a correction",
        paragraphs: [
          "Anyone can ask for a correction with the “Report an error” link on every fact-check or with our report form. Please say what you believe is wrong and, if possible, point to a source.",
          "Every request is read by an editor who did not write the fact-check concerned. We correct what the evidence shows to be wrong, whoever points it out.",
        ],
      },
    ],
  },
};

export type Messages = typeof en;

const fr: Messages = {
  site: {
    name: "Factdesk",
    tagline: "Rumeurs vérifiées. Réponses sourcées. Corrections assumées.",
    description:
      "Factdesk vérifie les affirmations qui circulent et publie des réponses sourcées, en français et en anglais.",
  },
  nav: {
    label: "Navigation principale",
    skipToContent: "Aller au contenu",
    home: "Accueil",
    search: "Rechercher",
    corrections: "Corrections",
    report: "Signaler une rumeur",
    correctionsPolicy: "Politique de correction",
  },
  verdicts: {
    false: {
      label: "Faux",
      description: "L'affirmation est inexacte : les éléments disponibles montrent qu'elle est fausse.",
    },
    misleading: {
      label: "Trompeur",
      description:
        "L'affirmation contient des éléments exacts, mais présentés de façon à conduire à une conclusion fausse.",
    },
    "missing-context": {
      label: "Manque de contexte",
      description:
        "L'affirmation n'est pas fausse en soi, mais elle omet un contexte qui change la façon de la comprendre.",
    },
    unproven: {
      label: "Non prouvé",
      description: "Aucun élément fiable ne permet, à ce jour, de confirmer ou d'infirmer l'affirmation.",
    },
    true: {
      label: "Vrai",
      description: "L'affirmation est exacte et étayée par des sources fiables.",
    },
  },
  entry: {
    claim: "L'affirmation",
    verdict: "Notre verdict",
    summary: "En bref",
    explanation: "L'explication",
    sources: "Sources",
    sourcePublishedBy: "Publié par {publisher}",
    sourceAccessedOn: "Consulté le {date}",
    topics: "Thèmes",
    publishedOn: "Publié le {date}",
    updatedOn: "Mis à jour le {date}",
    corrections: "Corrections",
    correctionOn: "Correction du {date}",
    verdictChanged: "Verdict modifié : « {from} » devient « {to} ».",
    reportError: "Signaler une erreur",
    reportErrorHint: "Vous avez repéré une erreur dans cette réponse ? Dites-le-nous : un éditeur l'examinera.",
    origin: "Origine",
    originSource: "Vu sur",
    firstSeen: "Vu pour la première fois le {date}",
    translationAvailable: "Cette vérification existe aussi dans une autre langue.",
  },
  languageSwitcher: {
    label: "Langue",
    languageName: "Français",
    readInThisLanguage: "Lire en français",
    switchToThisLanguage: "Version française du site",
    noTranslation: "Cette vérification n'a pas été traduite.",
  },
  list: {
    latest: "Dernières vérifications",
    filterByVerdict: "Filtrer par verdict",
    filterByTopic: "Filtrer par thème",
    all: "Tous",
    applyFilters: "Appliquer les filtres",
    clearFilters: "Effacer les filtres",
    topicTitle: "Thème : {topic}",
    newerPage: "Plus récentes",
    olderPage: "Plus anciennes",
    pagination: "Pagination",
    noEntries: "Aucune vérification publiée pour l'instant.",
    noEntriesForFilters: "Aucune vérification ne correspond à ces filtres.",
    readMore: "Lire la vérification",
    invalidParameters: "Cette adresse contient un filtre ou un repère de page que nous ne reconnaissons pas. Repartez de la liste complète.",
    filtersHeading: "Filtrer les vérifications",
    topicsHeading: "Parcourir par thème",
    topicDescription: "Toutes les vérifications de Factdesk sur le thème {topic}, des plus récentes aux plus anciennes.",
    topicCount: {
      one: "{count} vérification",
      other: "{count} vérifications",
    },
    allTopics: "Tous les thèmes",
  },
  search: {
    title: "Rechercher",
    label: "Rechercher dans les vérifications",
    placeholder: "Une affirmation, un nom, un lieu…",
    submit: "Rechercher",
    resultsFor: "Résultats pour « {query} »",
    resultCount: {
      one: "{count} résultat",
      other: "{count} résultats",
    },
    noResults:
      "Aucune vérification ne correspond à « {query} ». Essayez d'autres mots, ou signalez-nous cette rumeur.",
    emptyQuery: "Saisissez quelques mots pour rechercher dans les vérifications publiées.",
    queryTooLong: "Votre recherche est trop longue. Merci de la raccourcir.",
    invalid: "Cette recherche n'a pas pu être lancée. Merci de la saisir de nouveau.",
    moreResults: "Résultats suivants",
    previousResults: "Résultats précédents",
    resultsHeading: "Résultats",
  },
  errors: {
    notFound: {
      title: "Page introuvable",
      body: "Cette page n'existe pas ou a changé d'adresse. La vérification que vous cherchez existe peut-être dans l'autre langue ou à une nouvelle adresse.",
    },
    gone: {
      title: "Vérification retirée",
      body: "La rédaction a retiré cette vérification. Elle n'est plus disponible. Notre page des corrections explique les retraits chaque fois que c'est possible.",
    },
    serverError: {
      title: "Une erreur est survenue",
      body: "Nous n'avons pas pu afficher cette page. Merci de réessayer dans un instant.",
    },
    backHome: "Retour à l'accueil",
    searchInstead: "Rechercher dans les vérifications",
  },
  footer: {
    text: "Factdesk est une cellule de vérification de rédaction. Chaque réponse cite ses sources et est relue par un second éditeur avant publication ; chaque correction est publique.",
    feedsHeading: "Suivre",
    policyLink: "Notre politique de correction",
    copyright: "© {year} Factdesk",
    aboutHeading: "À propos",
    openData: "Données ouvertes : API JSON",
    allFactChecks: "Toutes les vérifications",
  },
  feeds: {
    heading: "Flux",
    subscribe: "S'abonner",
    subscribeHint: "Suivez les nouvelles vérifications et les corrections dans votre lecteur de flux.",
    rss: "RSS",
    atom: "Atom",
    jsonFeed: "JSON Feed",
    allTitle: "Factdesk — dernières vérifications",
    allDescription: "Les dernières vérifications publiées par Factdesk, en français.",
    topicTitle: "Factdesk — vérifications sur le thème {topic}",
    topicDescription: "Les vérifications publiées par Factdesk sur le thème {topic}, en français.",
    correctionsTitle: "Factdesk — corrections",
    correctionsDescription: "Toutes les corrections apportées aux vérifications publiées par Factdesk, en français.",
    correctionItemTitle: "Correction : {claim}",
  },
  report: {
    title: "Signaler une rumeur",
    intro:
      "Vous avez vu ou entendu une affirmation qui vous semble douteuse ? Envoyez-la-nous. La rédaction lit chaque signalement ; nous ne pouvons pas répondre à tous, mais les affirmations que nous vérifions sont publiées ici.",
    errorTitle: "Signaler une erreur",
    errorIntro:
      "Dites-nous ce qui est inexact dans cette vérification et, si possible, comment vous le savez. Un éditeur qui n'a pas écrit la réponse examinera votre signalement.",
    entryLabel: "Vérification concernée",
    claimLabel: "Qu'avez-vous vu ou entendu ?",
    claimHint: "Citez l'affirmation aussi fidèlement que possible.",
    detailsLabel: "Qu'est-ce qui est inexact, selon vous ?",
    whereLabel: "Où l'avez-vous vue ?",
    wherePlaceholder: "Un site, un réseau social, un message, une conversation…",
    urlLabel: "Lien (facultatif)",
    seenOnLabel: "Quand l'avez-vous vue ? (facultatif)",
    emailLabel: "Votre adresse e-mail (facultatif)",
    emailHint: "Utilisée uniquement pour vous recontacter au sujet de ce signalement. Jamais publiée.",
    honeypotLabel: "Laissez ce champ vide",
    consent:
      "Nous utilisons votre signalement uniquement pour vérifier l'affirmation. Si vous laissez une adresse e-mail, seuls nos éditeurs peuvent la voir, et elle est supprimée au bout de 90 jours.",
    optional: "facultatif",
    required: "obligatoire",
    submit: "Envoyer le signalement",
    sending: "Envoi en cours…",
    errors: {
      summary: "Le signalement n'a pas pu être envoyé. Merci de corriger les champs ci-dessous.",
      claimRequired: "Merci de décrire l'affirmation.",
      claimTooLong: "Merci de ne pas dépasser {max} caractères.",
      detailsRequired: "Merci de nous dire ce qui est inexact.",
      urlInvalid: "Ce lien ne semble pas valide. Il doit commencer par http:// ou https://.",
      emailInvalid: "Cette adresse e-mail ne semble pas valide.",
      dateInvalid: "Cette date n'est pas valide.",
      dateInFuture: "Cette date est dans le futur.",
      rateLimited: "Trop de signalements ont été envoyés depuis votre connexion. Merci de réessayer plus tard.",
      unexpected: "Votre signalement n'a pas pu être envoyé. Merci de réessayer dans un instant.",
      tooFast: "C'était rapide ! Pour écarter les envois automatiques, merci de relire votre signalement puis de l'envoyer à nouveau.",
      expired: "Ce formulaire est resté ouvert trop longtemps. Merci de l'envoyer à nouveau.",
      tooLong: "Merci de ne pas dépasser {max} caractères dans ce champ.",
      whereRequired: "Merci d'indiquer où vous l'avez vue : un lien ou une courte description.",
      entryNotFound: "Cette vérification ne peut plus faire l'objet d'un signalement. Merci d'utiliser le formulaire général.",
    },
    confirmation: {
      title: "Merci, votre signalement a bien été reçu",
      body: "Son numéro de référence est {reference}. Merci de le rappeler si vous nous écrivez à son sujet.",
      another: "Signaler une autre rumeur",
    },
  },
  correctionsPage: {
    title: "Corrections",
    intro:
      "Toutes les corrections apportées à nos vérifications publiées, des plus récentes aux plus anciennes. Notre politique de correction explique comment nous traitons nos erreurs.",
    none: "Aucune correction pour l'instant.",
    correctedOn: "Corrigé le {date}",
    verdictChange: "Verdict : {from} → {to}",
    readEntry: "Lire la vérification corrigée",
  },
  correctionsPolicy: {
    title: "Politique de correction",
    intro:
      "Une cellule de vérification demande aux autres de rétablir les faits ; elle doit s'appliquer la même exigence. Cette page explique comment nous corrigeons notre propre travail.",
    sections: [
      {
        heading: "Notre engagement",
        paragraphs: [
          "Nous faisons tout pour qu'une vérification soit juste avant sa publication : chaque réponse cite ses sources, et aucune n'est publiée sans avoir été relue par un éditeur autre que son auteur.",
          "Il nous arrive pourtant de nous tromper. Nous corrigeons alors nos erreurs rapidement et ouvertement. Nous ne modifions jamais une réponse publiée en silence.",
        ],
      },
      {
        heading: "Ce que nous corrigeons, et comment",
        paragraphs: [
          "Nous publions une correction chaque fois qu'une vérification contenait une erreur factuelle, déformait une source ou aboutissait à un verdict que les éléments disponibles ne justifient pas.",
          "Une note de correction est ajoutée à la vérification. Datée, elle indique ce qui était inexact et ce qui a changé. Lorsque le verdict change, la note mentionne l'ancien et le nouveau verdict.",
          "Chaque correction figure aussi sur notre page des corrections et dans ses flux, et la date de mise à jour de la vérification change dans nos flux pour que les abonnés la voient de nouveau.",
        ],
      },
      {
        heading: "Mises à jour et modifications mineures",
        paragraphs: [
          "Lorsqu'une information nouvelle apparaît après la publication sans que notre réponse ait été fausse, nous mettons la vérification à jour et le signalons dans une note de mise à jour datée.",
          "Les fautes d'orthographe, la mise en forme et les liens cassés qui ne changent pas le sens d'une réponse sont corrigés sans note.",
        ],
      },
      {
        heading: "Retraits",
        paragraphs: [
          "Nous ne supprimons pas de vérification pour cacher une erreur. Dans de rares cas, pour des raisons juridiques ou pour protéger la sécurité ou la vie privée d'une personne, nous en retirons une : son adresse indique alors aux visiteurs qu'elle a été retirée, et nous expliquons ce retrait sur la page des corrections chaque fois que c'est possible.",
        ],
      },
      {
        heading: "Demander une correction",
        paragraphs: [
          "Chacun peut demander une correction grâce au lien « Signaler une erreur » présent sur chaque vérification, ou avec notre formulaire de signalement. Indiquez ce qui vous semble inexact et, si possible, une source.",
          "Chaque demande est lue par un éditeur qui n'a pas écrit la vérification concernée. Nous corrigeons ce que les faits montrent être faux, quelle que soit la personne qui le signale.",
        ],
      },
    ],
  },
};

/**
 * French typography wants no-break spaces before `: ; ! ?` and inside « »,
 * or a line may start with a lone "?" or "»". The French text above is written
 * with ordinary spaces for readability; this puts the right ones in.
 */
export function applyFrenchSpacing(text: string): string {
  return text
    .replace(/ ([:])/g, "\u00a0$1")
    .replace(/ ([;!?»])/g, "\u202f$1")
    .replace(/« /g, "«\u202f");
}

/** Applies `transform` to every string of a dictionary, keeping its shape. */
function mapStrings<T>(value: T, transform: (text: string) => string): T {
  if (typeof value === "string") return transform(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, transform)) as T;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, item]: [string, unknown]) => [
      key,
      mapStrings(item, transform),
    ]);
    return Object.fromEntries(entries) as T;
  }
  return value;
}

/** Dictionaries are shared by every request of the process: nobody may mutate one. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

export const messages: Readonly<Record<Locale, Messages>> = deepFreeze({
  en,
  fr: mapStrings(fr, applyFrenchSpacing),
});

/** The dictionary of a locale: `t(locale).nav.home`. */
export function t(locale: Locale): Messages {
  return messages[locale];
}

export function verdictLabel(locale: Locale, verdict: Verdict): string {
  return messages[locale].verdicts[verdict].label;
}

export function verdictDescription(locale: Locale, verdict: Verdict): string {
  return messages[locale].verdicts[verdict].description;
}

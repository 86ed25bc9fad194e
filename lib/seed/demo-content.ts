/**
 * Demo content for Factdesk: bilingual (fr/en) rumor / fact-check entries.
 *
 * Everything here is illustrative. Rumors are generic claims of the kind that
 * circulate about a city or a country; no real person or company is targeted.
 * Every URL points to the reserved example.org / example.com / example.net
 * domains, so the demo never sends readers to a third-party site.
 */

export type DemoVerdict = "false" | "misleading" | "missing-context" | "unproven" | "true";

export interface DemoSource {
  url: string;
  title: string;
  publisher?: string;
  /** YYYY-MM-DD */
  accessedAt?: string;
}

export interface DemoVersion {
  claim: string;
  claimOriginText?: string;
  claimOriginUrl?: string;
  /** YYYY-MM-DD */
  claimFirstSeen?: string;
  verdict: DemoVerdict;
  summary: string;
  /** Markdown */
  body: string;
  sources: DemoSource[];
  /** topic slugs */
  topics: string[];
  correctionNote?: string;
}

export interface DemoLocalized {
  slug: string;
  /** versions[0] first published; each later version republished later with its correctionNote */
  versions: DemoVersion[];
}

export interface DemoPair {
  fr: DemoLocalized;
  en: DemoLocalized;
  publishedDaysAgo: number;
}

export interface DemoTopic {
  slug: string;
  nameFr: string;
  nameEn: string;
}

export const demoTopics: DemoTopic[] = [
  { slug: "health", nameFr: "Santé", nameEn: "Health" },
  { slug: "technology", nameFr: "Technologie", nameEn: "Technology" },
  { slug: "climate", nameFr: "Climat et environnement", nameEn: "Climate and environment" },
  { slug: "economy", nameFr: "Économie", nameEn: "Economy" },
  { slug: "public-services", nameFr: "Services publics", nameEn: "Public services" },
];

export const demoPairs: DemoPair[] = [
  // 1. 5G antennas and viruses — false
  {
    publishedDaysAgo: 118,
    fr: {
      slug: "les-antennes-5g-propagent-les-virus",
      versions: [
        {
          claim:
            "« Les antennes 5G propagent les virus : c'est pour ça que les épidémies ont explosé dans les villes équipées en premier. Partagez avant que ce soit censuré ! »",
          claimOriginText: "Publication virale sur un réseau social, partagée plus de 40 000 fois",
          claimOriginUrl: "https://social.example.com/posts/antennes-5g-virus",
          claimFirstSeen: "2026-07-29",
          verdict: "false",
          summary:
            "Faux. Les ondes radio, y compris celles de la 5G, ne peuvent ni transporter ni transmettre un virus. Les virus respiratoires se propagent d'une personne à l'autre par les gouttelettes et les aérosols, y compris dans des régions où il n'existe aucune antenne 5G.",
          body: `Cette publication recycle une rumeur apparue dès 2020 et qui refait surface à chaque nouvelle vague d'infections : les antennes 5G seraient responsables de la diffusion des virus. Elle ne repose sur aucun mécanisme plausible. Un virus est une particule biologique qui a besoin de cellules vivantes pour se multiplier ; il se transmet par des gouttelettes, des aérosols ou des mains contaminées, jamais par des ondes électromagnétiques.

## Pourquoi c'est impossible

Les ondes utilisées par la 5G sont des ondes radio, de la même famille que celles de la radio FM, du Wi-Fi ou de la 4G. Elles sont dites non ionisantes : elles n'ont pas assez d'énergie pour modifier l'ADN, et elles ne peuvent transporter aucun objet matériel, encore moins un agent infectieux.

- Des épidémies de virus respiratoires ont touché des pays et des régions où aucun réseau 5G n'était déployé.
- Les mesures d'exposition réalisées près des antennes restent très inférieures aux valeurs limites réglementaires.
- L'Organisation mondiale de la santé classe explicitement cette affirmation parmi les idées reçues.

La coïncidence invoquée par la publication s'explique simplement : les réseaux 5G ont d'abord été installés dans les grandes villes, qui sont aussi les zones les plus densément peuplées, donc celles où les virus circulent le plus vite.

Pour connaître le niveau d'exposition près de chez vous, consultez les [mesures publiées par l'Agence nationale des fréquences](https://www.example.org/anfr/mesures-exposition).`,
          sources: [
            {
              url: "https://www.example.org/who/coronavirus-mythbusters",
              title: "Conseils au grand public : en finir avec les idées reçues",
              publisher: "Organisation mondiale de la santé",
              accessedAt: "2026-08-01",
            },
            {
              url: "https://www.example.org/anfr/mesures-exposition-5g-bilan",
              title: "Exposition du public aux ondes : bilan des mesures réalisées sur les sites 5G",
              publisher: "Agence nationale des fréquences (ANFR)",
              accessedAt: "2026-08-01",
            },
            {
              url: "https://www.example.net/icnirp/rf-guidelines-2020",
              title: "Guidelines for limiting exposure to electromagnetic fields (100 kHz to 300 GHz)",
              publisher: "ICNIRP",
              accessedAt: "2026-08-02",
            },
          ],
          topics: ["health", "technology"],
        },
      ],
    },
    en: {
      slug: "5g-antennas-spread-viruses",
      versions: [
        {
          claim:
            "“5G antennas spread viruses — that's why outbreaks exploded in the cities that got 5G first. Share before it gets censored!”",
          claimOriginText: "Viral post on a social network, shared more than 40,000 times",
          claimOriginUrl: "https://social.example.com/posts/antennes-5g-virus",
          claimFirstSeen: "2026-07-29",
          verdict: "false",
          summary:
            "False. Radio waves, including those used by 5G, cannot carry or transmit a virus. Respiratory viruses spread from person to person through droplets and aerosols, including in regions that have no 5G antennas at all.",
          body: `This post recycles a rumor that first appeared in 2020 and resurfaces with every new wave of infections: 5G antennas are supposedly responsible for spreading viruses. There is no plausible mechanism behind it. A virus is a biological particle that needs living cells to multiply; it spreads through droplets, aerosols or contaminated hands — never through electromagnetic waves.

## Why it cannot happen

The waves used by 5G are radio waves, the same family as FM radio, Wi-Fi and 4G. They are non-ionising: they do not carry enough energy to alter DNA, and they cannot transport any physical object, let alone an infectious agent.

- Outbreaks of respiratory viruses have hit countries and regions where no 5G network had been deployed.
- Exposure measurements taken near antennas remain far below the regulatory limits.
- The World Health Organization explicitly lists this claim among its myths.

The coincidence the post points to has a simple explanation: 5G networks were rolled out first in large cities, which are also the most densely populated areas — exactly where viruses spread fastest.

To check exposure levels near you, see the [measurements published by the French National Frequency Agency](https://www.example.org/anfr/mesures-exposition).`,
          sources: [
            {
              url: "https://www.example.org/who/coronavirus-mythbusters",
              title: "Advice for the public: Mythbusters",
              publisher: "World Health Organization",
              accessedAt: "2026-08-01",
            },
            {
              url: "https://www.example.org/anfr/mesures-exposition-5g-bilan",
              title: "Public exposure to radio waves: results of measurements at 5G sites",
              publisher: "French National Frequency Agency (ANFR)",
              accessedAt: "2026-08-01",
            },
            {
              url: "https://www.example.net/icnirp/rf-guidelines-2020",
              title: "Guidelines for limiting exposure to electromagnetic fields (100 kHz to 300 GHz)",
              publisher: "ICNIRP",
              accessedAt: "2026-08-02",
            },
          ],
          topics: ["health", "technology"],
        },
      ],
    },
  },

  // 2. Carrots and night vision — missing context
  {
    publishedDaysAgo: 104,
    fr: {
      slug: "manger-des-carottes-fait-voir-dans-le-noir",
      versions: [
        {
          claim:
            "« Mangez des carottes tous les jours et vous verrez dans le noir : c'est pour ça qu'on en donnait aux pilotes de chasse pendant la guerre. »",
          claimOriginText: "Vidéo d'astuces santé sur une plateforme de partage, 1,2 million de vues",
          claimOriginUrl: "https://video.example.com/watch/carottes-vision-nocturne",
          claimFirstSeen: "2026-08-10",
          verdict: "missing-context",
          summary:
            "Il manque du contexte. Les carottes apportent du bêta-carotène, que l'organisme transforme en vitamine A, indispensable à la vision en faible lumière. Mais elles ne font que corriger une carence : chez une personne bien nourrie, en manger davantage n'améliore pas la vision nocturne.",
          body: `Cette vidéo mélange un fait scientifique et une légende historique. Le fait : la vitamine A est indispensable à la vision. Elle sert à fabriquer la rhodopsine, le pigment des bâtonnets de la rétine qui nous permet de voir quand la lumière baisse. Une carence provoque une héméralopie, c'est-à-dire une mauvaise vision crépusculaire, et peut aller jusqu'à la cécité.

## Utile en cas de carence, pas au-delà

Les carottes sont riches en bêta-carotène, que le corps convertit en vitamine A selon ses besoins. Chez une personne qui en manque, en manger améliore donc bien la vision nocturne. Mais dans un pays comme la France, où la carence est rare, l'effet est nul : l'organisme stocke l'excédent, et un surplus de bêta-carotène donne au mieux une teinte orangée, sans danger, à la peau.

- Autres sources de vitamine A : patate douce, épinards, courge, foie, œufs et produits laitiers.
- La carence reste un problème de santé publique majeur chez les jeunes enfants de nombreux pays à faible revenu.
- Une gêne visuelle persistante la nuit justifie une consultation, pas une cure de carottes.

Quant aux pilotes, l'histoire vient de la Seconde Guerre mondiale : la propagande britannique aurait attribué les succès de ses chasseurs de nuit à leur régime riche en carottes, pour ne pas révéler l'usage du radar embarqué. Le détail est raconté dans [cet article d'histoire](https://www.example.com/histoire/carottes-radar-propagande).`,
          sources: [
            {
              url: "https://www.example.org/who/nutrition/vitamin-a-deficiency",
              title: "Carence en vitamine A : principaux faits",
              publisher: "Organisation mondiale de la santé",
              accessedAt: "2026-08-14",
            },
            {
              url: "https://www.example.net/anses/vitamine-a-beta-carotene",
              title: "Vitamine A et bêta-carotène : rôles, sources et besoins",
              publisher: "Anses",
              accessedAt: "2026-08-14",
            },
            {
              url: "https://www.example.com/histoire/carottes-radar-propagande",
              title: "Comment la propagande de guerre a fait croire que les carottes font voir la nuit",
              publisher: "Revue d'histoire des sciences",
              accessedAt: "2026-08-15",
            },
          ],
          topics: ["health"],
        },
      ],
    },
    en: {
      slug: "eating-carrots-improves-night-vision",
      versions: [
        {
          claim:
            "“Eat carrots every day and you'll see in the dark — that's why fighter pilots were fed them during the war.”",
          claimOriginText: "Health-tips video on a video-sharing platform, 1.2 million views",
          claimOriginUrl: "https://video.example.com/watch/carottes-vision-nocturne",
          claimFirstSeen: "2026-08-10",
          verdict: "missing-context",
          summary:
            "Missing context. Carrots provide beta-carotene, which the body turns into vitamin A, essential for seeing in low light. But they only correct a deficiency: for a well-nourished person, eating more carrots does not improve night vision.",
          body: `This video mixes a scientific fact with a historical legend. The fact: vitamin A is essential for vision. The body uses it to make rhodopsin, the pigment in the retina's rod cells that lets us see as light fades. A deficiency causes night blindness — poor vision at dusk — and can eventually lead to permanent blindness.

## Helpful if you are deficient, not beyond

Carrots are rich in beta-carotene, which the body converts into vitamin A as it needs it. For someone who lacks it, eating carrots does improve night vision. But in countries such as France, where deficiency is rare, the effect is nil: the body stores the surplus, and too much beta-carotene at most gives the skin a harmless orange tint.

- Other sources of vitamin A include sweet potato, spinach, squash, liver, eggs and dairy products.
- Deficiency remains a major public-health problem among young children in many low-income countries.
- Persistent trouble seeing at night is a reason to see a doctor, not to start a carrot diet.

As for the pilots, the story dates back to the Second World War: British propaganda reportedly credited the success of its night fighters to a carrot-rich diet, to avoid revealing that they were using airborne radar. The details are told in [this history article](https://www.example.com/histoire/carottes-radar-propagande).`,
          sources: [
            {
              url: "https://www.example.org/who/nutrition/vitamin-a-deficiency",
              title: "Vitamin A deficiency: key facts",
              publisher: "World Health Organization",
              accessedAt: "2026-08-14",
            },
            {
              url: "https://www.example.net/anses/vitamine-a-beta-carotene",
              title: "Vitamin A and beta-carotene: roles, sources and requirements",
              publisher: "French Agency for Food, Environmental and Occupational Health & Safety (Anses)",
              accessedAt: "2026-08-14",
            },
            {
              url: "https://www.example.com/histoire/carottes-radar-propagande",
              title: "How wartime propaganda convinced the world that carrots help you see in the dark",
              publisher: "History of Science Review",
              accessedAt: "2026-08-15",
            },
          ],
          topics: ["health"],
        },
      ],
    },
  },

  // 3. Tracking chips in banknotes — false (search demo: "données" / "data")
  {
    publishedDaysAgo: 96,
    fr: {
      slug: "les-nouveaux-billets-contiennent-une-puce-de-tracage",
      versions: [
        {
          claim:
            "« Les nouveaux billets de banque contiennent une puce qui enregistre où vous les dépensez et transmet vos données personnelles à la banque centrale. »",
          claimOriginText: "Message transféré en chaîne sur une messagerie, accompagné d'une photo de billet « passé aux rayons X »",
          claimOriginUrl: "https://forum.example.org/t/billets-puce-rfid",
          claimFirstSeen: "2026-08-20",
          verdict: "false",
          summary:
            "Faux. Aucun billet en euros ne contient de puce électronique. Un billet n'a ni batterie ni antenne capable d'émettre, et il ne peut enregistrer aucune donnée personnelle sur la personne qui le détient. La future série de billets est encore en cours de conception.",
          body: `Le message s'appuie sur une image censée montrer un billet « passé aux rayons X », où l'on distingue une bande sombre et un petit rectangle. Il ne s'agit pas d'une puce : ce sont des signes de sécurité bien connus, conçus pour rendre la contrefaçon difficile et décrits publiquement par la Banque centrale européenne.

## Ce que contient réellement un billet

Les billets en euros sont en fibres de coton et intègrent plusieurs dispositifs de sécurité, tous visibles ou vérifiables à l'œil nu, au toucher ou sous une lampe ultraviolette :

- un filigrane et un fil de sécurité, qui apparaissent par transparence ;
- une bande ou une fenêtre holographique, qui peut donner l'impression d'un composant métallique sur une photo ;
- un nombre « émeraude » qui change de couleur, des micro-impressions et des reliefs tactiles.

Aucun de ces éléments ne peut stocker ou transmettre d'information. Une étiquette RFID passive, à supposer qu'on en glisse une dans du papier, ne se lit qu'à quelques centimètres avec un lecteur dédié : elle ne permettrait en aucun cas de suivre des dépenses à distance.

Le seul identifiant d'un billet est son numéro de série imprimé. Il sert aux banques centrales pour gérer la circulation des billets et aux enquêteurs en cas de vol, mais il n'est relié à l'identité de personne. La rumeur semble nourrie par les débats, légitimes, sur la protection de la vie privée dans les paiements numériques. Ils ne concernent pas les espèces : voir la [page de la BCE sur les signes de sécurité](https://www.example.org/ecb/euro/banknotes/security-features).`,
          sources: [
            {
              url: "https://www.example.org/ecb/euro/banknotes/security-features",
              title: "Les signes de sécurité des billets en euros",
              publisher: "Banque centrale européenne",
              accessedAt: "2026-08-22",
            },
            {
              url: "https://www.example.com/banque-de-france/billets/verifier-ses-billets",
              title: "Toucher, regarder, incliner : comment vérifier ses billets",
              publisher: "Banque de France",
              accessedAt: "2026-08-22",
            },
            {
              url: "https://www.example.org/ecb/euro/banknotes/next-generation",
              title: "La prochaine génération de billets en euros : calendrier du projet",
              publisher: "Banque centrale européenne",
              accessedAt: "2026-08-23",
            },
          ],
          topics: ["economy", "technology"],
        },
      ],
    },
    en: {
      slug: "new-banknotes-contain-tracking-chips",
      versions: [
        {
          claim:
            "“The new banknotes contain a chip that records where you spend them and sends your personal data to the central bank.”",
          claimOriginText: "Chain message forwarded on a messaging app, with a photo of an “X-rayed” banknote",
          claimOriginUrl: "https://forum.example.org/t/billets-puce-rfid",
          claimFirstSeen: "2026-08-20",
          verdict: "false",
          summary:
            "False. No euro banknote contains an electronic chip. A banknote has no battery or antenna able to transmit anything, and it cannot store any personal data about whoever holds it. The next series of banknotes is still being designed.",
          body: `The message relies on an image said to show an “X-rayed” banknote, in which a dark strip and a small rectangle are visible. That is not a chip: these are well-known security features, designed to make counterfeiting difficult and publicly described by the European Central Bank.

## What a banknote actually contains

Euro banknotes are made of cotton fibre and carry several security features, all of which can be checked by looking, touching or using an ultraviolet lamp:

- a watermark and a security thread, visible when the note is held against the light;
- a hologram stripe or window, which can look like a metal component in a photo;
- an “emerald number” that changes colour, microprinting and raised print.

None of these features can store or transmit information. Even a passive RFID tag, if one were slipped into the paper, can only be read a few centimetres away with a dedicated reader: it could never be used to track spending remotely.

The only identifier on a banknote is its printed serial number. Central banks use it to manage the circulation of notes and investigators use it in theft cases, but it is not linked to anyone's identity. The rumor appears to feed on legitimate debates about privacy in digital payments, which have nothing to do with cash — see the [ECB's page on security features](https://www.example.org/ecb/euro/banknotes/security-features).`,
          sources: [
            {
              url: "https://www.example.org/ecb/euro/banknotes/security-features",
              title: "Security features of the euro banknotes",
              publisher: "European Central Bank",
              accessedAt: "2026-08-22",
            },
            {
              url: "https://www.example.com/banque-de-france/billets/verifier-ses-billets",
              title: "Feel, look, tilt: how to check your banknotes",
              publisher: "Banque de France",
              accessedAt: "2026-08-22",
            },
            {
              url: "https://www.example.org/ecb/euro/banknotes/next-generation",
              title: "The next generation of euro banknotes: project timeline",
              publisher: "European Central Bank",
              accessedAt: "2026-08-23",
            },
          ],
          topics: ["economy", "technology"],
        },
      ],
    },
  },

  // 4. Lifetime emissions of electric cars — misleading
  {
    publishedDaysAgo: 83,
    fr: {
      slug: "une-voiture-electrique-pollue-plus-qu-une-voiture-essence",
      versions: [
        {
          claim:
            "« Sur toute sa durée de vie, une voiture électrique pollue plus qu'une voiture essence, à cause de sa batterie. On vous ment. »",
          claimOriginText: "Infographie partagée sur plusieurs réseaux sociaux, environ 25 000 partages",
          claimOriginUrl: "https://social.example.com/posts/infographie-voiture-electrique",
          claimFirstSeen: "2026-09-01",
          verdict: "misleading",
          summary:
            "Trompeur. Fabriquer une voiture électrique, et surtout sa batterie, émet davantage de CO2 que fabriquer une voiture essence. Mais cet écart est rattrapé en quelques années d'usage : sur l'ensemble de leur cycle de vie, les électriques émettent nettement moins de gaz à effet de serre en Europe.",
          body: `L'infographie part d'un chiffre exact pour en tirer une conclusion fausse. Il est vrai que la fabrication d'une voiture électrique émet plus de gaz à effet de serre que celle d'une voiture thermique équivalente, principalement à cause de la batterie : extraction et raffinage des métaux, fabrication des cellules. La voiture électrique démarre donc sa vie avec une « dette carbone ».

## Une dette remboursée à l'usage

Cette dette se rembourse ensuite, kilomètre après kilomètre, puisque la voiture électrique n'émet rien à l'échappement et que l'électricité émet beaucoup moins par kilomètre que l'essence. L'ICCT a estimé en 2021 qu'une voiture électrique de taille moyenne immatriculée en Europe émet sur sa durée de vie 66 à 69 % de gaz à effet de serre de moins qu'une voiture essence comparable. En France, où l'électricité est très peu carbonée, l'écart est encore plus net.

Le bilan dépend toutefois de plusieurs facteurs :

- la taille de la batterie : un SUV électrique très lourd met plus longtemps à rembourser sa dette ;
- le mix électrique du pays où la voiture est rechargée et où la batterie est fabriquée ;
- le kilométrage réel et la durée de vie du véhicule.

L'infographie a raison sur un point : une voiture électrique n'est pas sans impact. L'extraction minière pose des problèmes environnementaux locaux, et les particules issues des pneus et des freins ne disparaissent pas. Mais l'affirmation selon laquelle elle « pollue plus » sur toute sa vie est contredite par les analyses de cycle de vie, comme le [rapport de l'ICCT](https://www.example.org/icct/global-lca-passenger-cars-2021).`,
          sources: [
            {
              url: "https://www.example.org/icct/global-lca-passenger-cars-2021",
              title: "A global comparison of the life-cycle greenhouse gas emissions of combustion engine and electric passenger cars",
              publisher: "International Council on Clean Transportation (ICCT)",
              accessedAt: "2026-09-03",
            },
            {
              url: "https://www.example.net/ademe/avis-voiture-electrique",
              title: "Voiture électrique : quel impact sur le climat ?",
              publisher: "ADEME",
              accessedAt: "2026-09-03",
            },
            {
              url: "https://www.example.com/eea/electric-vehicles-life-cycle",
              title: "Electric vehicles from life cycle and circular economy perspectives",
              publisher: "Agence européenne pour l'environnement",
              accessedAt: "2026-09-04",
            },
          ],
          topics: ["climate", "technology"],
        },
      ],
    },
    en: {
      slug: "electric-cars-pollute-more-than-petrol-cars-over-lifetime",
      versions: [
        {
          claim:
            "“Over its whole lifetime, an electric car pollutes more than a petrol car because of its battery. They're lying to you.”",
          claimOriginText: "Infographic shared on several social networks, about 25,000 shares",
          claimOriginUrl: "https://social.example.com/posts/infographie-voiture-electrique",
          claimFirstSeen: "2026-09-01",
          verdict: "misleading",
          summary:
            "Misleading. Building an electric car, and above all its battery, emits more CO2 than building a petrol car. But that gap is made up within a few years of driving: over their whole life cycle, electric cars emit far less greenhouse gas in Europe.",
          body: `The infographic starts from an accurate figure and draws the wrong conclusion from it. It is true that manufacturing an electric car emits more greenhouse gas than manufacturing an equivalent combustion car, mainly because of the battery: mining and refining the metals, then producing the cells. An electric car therefore starts its life with a “carbon debt”.

## A debt paid back on the road

That debt is then paid back, kilometre after kilometre, because an electric car has no tailpipe emissions and electricity emits much less per kilometre than petrol. In 2021 the ICCT estimated that a medium-size electric car registered in Europe emits 66 to 69% less greenhouse gas over its lifetime than a comparable petrol car. In France, where electricity is very low-carbon, the gap is even wider.

The balance does depend on several factors:

- battery size: a very heavy electric SUV takes longer to pay back its debt;
- the electricity mix where the car is charged and where the battery is made;
- the real mileage and the lifespan of the vehicle.

The infographic is right about one thing: an electric car is not impact-free. Mining causes local environmental damage, and particles from tyres and brakes do not go away. But the claim that it “pollutes more” over its lifetime is contradicted by life-cycle assessments such as the [ICCT report](https://www.example.org/icct/global-lca-passenger-cars-2021).`,
          sources: [
            {
              url: "https://www.example.org/icct/global-lca-passenger-cars-2021",
              title: "A global comparison of the life-cycle greenhouse gas emissions of combustion engine and electric passenger cars",
              publisher: "International Council on Clean Transportation (ICCT)",
              accessedAt: "2026-09-03",
            },
            {
              url: "https://www.example.net/ademe/avis-voiture-electrique",
              title: "Electric cars: what impact on the climate?",
              publisher: "French Agency for Ecological Transition (ADEME)",
              accessedAt: "2026-09-03",
            },
            {
              url: "https://www.example.com/eea/electric-vehicles-life-cycle",
              title: "Electric vehicles from life cycle and circular economy perspectives",
              publisher: "European Environment Agency",
              accessedAt: "2026-09-04",
            },
          ],
          topics: ["climate", "technology"],
        },
      ],
    },
  },

  // 5. The Eiffel Tower grows in summer — true (version 2 corrects a figure)
  {
    publishedDaysAgo: 71,
    fr: {
      slug: "la-tour-eiffel-grandit-de-15-cm-en-ete",
      versions: [
        {
          claim: "« Le saviez-vous ? En été, la tour Eiffel grandit jusqu'à 15 centimètres à cause de la chaleur. »",
          claimOriginText: "Carrousel « insolite » publié par un compte de vulgarisation, 60 000 mentions J'aime",
          claimOriginUrl: "https://social.example.com/posts/tour-eiffel-dilatation",
          claimFirstSeen: "2026-09-12",
          verdict: "true",
          summary:
            "Vrai. Le fer de la tour Eiffel se dilate avec la chaleur. Selon la société qui exploite le monument, sa hauteur peut varier jusqu'à 15 centimètres en fonction de la température, un ordre de grandeur confirmé par un simple calcul de dilatation thermique.",
          body: `Cette affirmation, souvent présentée comme une anecdote « insolite », est exacte. Haute de 324 mètres, la tour Eiffel est construite en fer puddlé, un métal qui, comme tous les métaux, se dilate quand il chauffe et se contracte quand il refroidit. Entre une nuit glaciale d'hiver et un après-midi de canicule, sa hauteur peut varier d'une quinzaine de centimètres, selon la société qui exploite le monument.

## Un calcul à la portée de tous

Le fer a un coefficient de dilatation d'environ 12 millionièmes par degré : chaque mètre de métal s'allonge d'environ 0,012 millimètre quand la température gagne un degré. Pour une structure métallique d'environ 300 mètres et un écart de 40 °C entre l'hiver et l'été, on obtient :

- 300 m × 0,000 012 × 40 ≈ 0,14 m, soit environ 14 centimètres ;
- un ordre de grandeur cohérent avec les « jusqu'à 15 centimètres » avancés par l'exploitant ;
- un effet réversible : la tour retrouve sa taille en refroidissant.

La chaleur ne s'exerce pas de façon uniforme : la face exposée au soleil se dilate davantage que celle qui reste à l'ombre, si bien que le sommet s'incline très légèrement à l'opposé du soleil au fil de la journée. Ces mouvements avaient été anticipés par les ingénieurs de Gustave Eiffel et ne présentent aucun danger pour la structure.

Les chiffres clés du monument sont détaillés sur [le site de l'exploitant](https://www.example.org/toureiffel/chiffres-cles).`,
          sources: [
            {
              url: "https://www.example.org/toureiffel/chiffres-cles",
              title: "La tour Eiffel en chiffres",
              publisher: "Société d'exploitation de la tour Eiffel",
              accessedAt: "2026-09-15",
            },
            {
              url: "https://www.example.net/physique/dilatation-thermique-metaux",
              title: "Dilatation thermique des métaux : coefficients usuels et exemples",
              publisher: "Encyclopédie des sciences de l'ingénieur",
              accessedAt: "2026-09-15",
            },
          ],
          topics: ["technology", "climate"],
        },
        {
          claim: "« Le saviez-vous ? En été, la tour Eiffel grandit jusqu'à 15 centimètres à cause de la chaleur. »",
          claimOriginText: "Carrousel « insolite » publié par un compte de vulgarisation, 60 000 mentions J'aime",
          claimOriginUrl: "https://social.example.com/posts/tour-eiffel-dilatation",
          claimFirstSeen: "2026-09-12",
          verdict: "true",
          summary:
            "Vrai. Le fer de la tour Eiffel se dilate avec la chaleur. Selon la société qui exploite le monument, sa hauteur peut varier jusqu'à 15 centimètres en fonction de la température, un ordre de grandeur confirmé par un simple calcul de dilatation thermique.",
          body: `Cette affirmation, souvent présentée comme une anecdote « insolite », est exacte. Haute de 330 mètres depuis l'installation d'une nouvelle antenne à son sommet en 2022, la tour Eiffel est construite en fer puddlé, un métal qui, comme tous les métaux, se dilate quand il chauffe et se contracte quand il refroidit. Entre une nuit glaciale d'hiver et un après-midi de canicule, sa hauteur peut varier d'une quinzaine de centimètres, selon la société qui exploite le monument.

## Un calcul à la portée de tous

Le fer a un coefficient de dilatation d'environ 12 millionièmes par degré : chaque mètre de métal s'allonge d'environ 0,012 millimètre quand la température gagne un degré. Pour une structure métallique d'environ 300 mètres et un écart de 40 °C entre l'hiver et l'été, on obtient :

- 300 m × 0,000 012 × 40 ≈ 0,14 m, soit environ 14 centimètres ;
- un ordre de grandeur cohérent avec les « jusqu'à 15 centimètres » avancés par l'exploitant ;
- un effet réversible : la tour retrouve sa taille en refroidissant.

La chaleur ne s'exerce pas de façon uniforme : la face exposée au soleil se dilate davantage que celle qui reste à l'ombre, si bien que le sommet s'incline très légèrement à l'opposé du soleil au fil de la journée. Ces mouvements avaient été anticipés par les ingénieurs de Gustave Eiffel et ne présentent aucun danger pour la structure.

Les chiffres clés du monument sont détaillés sur [le site de l'exploitant](https://www.example.org/toureiffel/chiffres-cles).`,
          sources: [
            {
              url: "https://www.example.org/toureiffel/chiffres-cles",
              title: "La tour Eiffel en chiffres",
              publisher: "Société d'exploitation de la tour Eiffel",
              accessedAt: "2026-10-10",
            },
            {
              url: "https://www.example.org/toureiffel/actualites/nouvelle-antenne-330-metres",
              title: "Une nouvelle antenne porte la tour Eiffel à 330 mètres",
              publisher: "Société d'exploitation de la tour Eiffel",
              accessedAt: "2026-10-10",
            },
            {
              url: "https://www.example.net/physique/dilatation-thermique-metaux",
              title: "Dilatation thermique des métaux : coefficients usuels et exemples",
              publisher: "Encyclopédie des sciences de l'ingénieur",
              accessedAt: "2026-09-15",
            },
          ],
          topics: ["technology", "climate"],
          correctionNote:
            "Nous avons corrigé la hauteur de la tour indiquée dans l'article : elle mesure 330 mètres depuis l'installation d'une nouvelle antenne en 2022, et non 324 mètres. Le verdict est inchangé.",
        },
      ],
    },
    en: {
      slug: "the-eiffel-tower-grows-up-to-15-cm-in-summer",
      versions: [
        {
          claim: "“Did you know? In summer, the Eiffel Tower grows by up to 15 centimetres because of the heat.”",
          claimOriginText: "“Fun facts” carousel posted by a popular-science account, 60,000 likes",
          claimOriginUrl: "https://social.example.com/posts/tour-eiffel-dilatation",
          claimFirstSeen: "2026-09-12",
          verdict: "true",
          summary:
            "True. The Eiffel Tower's iron expands in the heat. According to the company that runs the monument, its height can vary by up to 15 centimetres depending on the temperature — an order of magnitude confirmed by a simple thermal-expansion calculation.",
          body: `This claim, often shared as a quirky fun fact, is accurate. Standing 324 metres tall, the Eiffel Tower is built of puddled iron, a metal that — like all metals — expands when it warms up and contracts when it cools down. Between a freezing winter night and a heatwave afternoon, its height can vary by around fifteen centimetres, according to the company that operates the monument.

## A calculation anyone can do

Iron has an expansion coefficient of about 12 millionths per degree: each metre of metal grows by roughly 0.012 millimetres for every degree of warming. For a metal structure of about 300 metres and a 40 °C difference between winter and summer, that gives:

- 300 m × 0.000012 × 40 ≈ 0.14 m, or about 14 centimetres;
- an order of magnitude consistent with the operator's “up to 15 centimetres”;
- a reversible effect: the tower returns to its size as it cools.

The heat is not applied evenly: the side facing the sun expands more than the side in the shade, so the top tilts very slightly away from the sun over the course of the day. Gustave Eiffel's engineers anticipated these movements, and they pose no danger to the structure.

The monument's key figures are listed on [the operator's website](https://www.example.org/toureiffel/chiffres-cles).`,
          sources: [
            {
              url: "https://www.example.org/toureiffel/chiffres-cles",
              title: "The Eiffel Tower in figures",
              publisher: "Société d'exploitation de la tour Eiffel",
              accessedAt: "2026-09-15",
            },
            {
              url: "https://www.example.net/physique/dilatation-thermique-metaux",
              title: "Thermal expansion of metals: common coefficients and examples",
              publisher: "Engineering Science Encyclopedia",
              accessedAt: "2026-09-15",
            },
          ],
          topics: ["technology", "climate"],
        },
        {
          claim: "“Did you know? In summer, the Eiffel Tower grows by up to 15 centimetres because of the heat.”",
          claimOriginText: "“Fun facts” carousel posted by a popular-science account, 60,000 likes",
          claimOriginUrl: "https://social.example.com/posts/tour-eiffel-dilatation",
          claimFirstSeen: "2026-09-12",
          verdict: "true",
          summary:
            "True. The Eiffel Tower's iron expands in the heat. According to the company that runs the monument, its height can vary by up to 15 centimetres depending on the temperature — an order of magnitude confirmed by a simple thermal-expansion calculation.",
          body: `This claim, often shared as a quirky fun fact, is accurate. Standing 330 metres tall since a new antenna was installed at its top in 2022, the Eiffel Tower is built of puddled iron, a metal that — like all metals — expands when it warms up and contracts when it cools down. Between a freezing winter night and a heatwave afternoon, its height can vary by around fifteen centimetres, according to the company that operates the monument.

## A calculation anyone can do

Iron has an expansion coefficient of about 12 millionths per degree: each metre of metal grows by roughly 0.012 millimetres for every degree of warming. For a metal structure of about 300 metres and a 40 °C difference between winter and summer, that gives:

- 300 m × 0.000012 × 40 ≈ 0.14 m, or about 14 centimetres;
- an order of magnitude consistent with the operator's “up to 15 centimetres”;
- a reversible effect: the tower returns to its size as it cools.

The heat is not applied evenly: the side facing the sun expands more than the side in the shade, so the top tilts very slightly away from the sun over the course of the day. Gustave Eiffel's engineers anticipated these movements, and they pose no danger to the structure.

The monument's key figures are listed on [the operator's website](https://www.example.org/toureiffel/chiffres-cles).`,
          sources: [
            {
              url: "https://www.example.org/toureiffel/chiffres-cles",
              title: "The Eiffel Tower in figures",
              publisher: "Société d'exploitation de la tour Eiffel",
              accessedAt: "2026-10-10",
            },
            {
              url: "https://www.example.org/toureiffel/actualites/nouvelle-antenne-330-metres",
              title: "A new antenna takes the Eiffel Tower to 330 metres",
              publisher: "Société d'exploitation de la tour Eiffel",
              accessedAt: "2026-10-10",
            },
            {
              url: "https://www.example.net/physique/dilatation-thermique-metaux",
              title: "Thermal expansion of metals: common coefficients and examples",
              publisher: "Engineering Science Encyclopedia",
              accessedAt: "2026-09-15",
            },
          ],
          topics: ["technology", "climate"],
          correctionNote:
            "We corrected the figure for the tower's height: it has been 330 metres tall since a new antenna was installed in 2022, not 324 metres. The verdict is unchanged.",
        },
      ],
    },
  },

  // 6. Microwaves and nutrients — misleading
  {
    publishedDaysAgo: 62,
    fr: {
      slug: "le-micro-ondes-detruit-tous-les-nutriments",
      versions: [
        {
          claim:
            "« Le micro-ondes détruit tous les nutriments de vos aliments : ce que vous réchauffez n'a plus aucune valeur nutritive. »",
          claimOriginText: "Article d'un blog bien-être, relayé dans des groupes de discussion",
          claimOriginUrl: "https://blog.example.com/bien-etre/micro-ondes-danger",
          claimFirstSeen: "2026-09-22",
          verdict: "misleading",
          summary:
            "Trompeur. Toute cuisson détruit une partie des vitamines sensibles à la chaleur, micro-ondes compris. Mais le micro-ondes n'en détruit pas « tous » : grâce à une cuisson courte et avec peu d'eau, il préserve souvent mieux les vitamines que l'ébullition.",
          body: `Le micro-ondes chauffe les aliments en faisant vibrer les molécules d'eau qu'ils contiennent. Il ne les rend pas radioactifs et ne modifie pas leur composition d'une manière particulière : ce qui compte pour les nutriments, c'est la température atteinte, la durée de cuisson et la quantité d'eau utilisée. Sur ces trois critères, le micro-ondes s'en sort plutôt bien.

## Tous les nutriments ne se valent pas

Les pertes concernent surtout les vitamines fragiles, comme la vitamine C et certaines vitamines du groupe B (dont les folates), sensibles à la chaleur et solubles dans l'eau. À l'ébullition, une partie de ces vitamines passe dans l'eau de cuisson, que l'on jette. Une cuisson rapide au micro-ondes, avec un fond d'eau, limite ces pertes. Les minéraux, les fibres et les protéines, eux, ne sont pas « détruits » par la cuisson.

Pour préserver au mieux la valeur nutritive :

- utilisez très peu d'eau et couvrez le plat pour cuire à la vapeur ;
- chauffez moins longtemps et remuez à mi-cuisson pour éviter les points trop chauds ;
- choisissez des récipients en verre ou en céramique, ou des plastiques portant la mention « compatible micro-ondes ».

L'article viral part donc d'un fait réel — la cuisson altère certaines vitamines — pour en tirer une généralisation fausse. Les comparaisons entre modes de cuisson sont résumées dans [cette synthèse de nutritionnistes](https://www.example.com/health/microwave-cooking-and-nutrition).`,
          sources: [
            {
              url: "https://www.example.com/health/microwave-cooking-and-nutrition",
              title: "Microwave cooking and nutrition",
              publisher: "Harvard Health Publishing",
              accessedAt: "2026-09-24",
            },
            {
              url: "https://www.example.org/jafc/cooking-methods-vegetables",
              title: "Effects of different cooking methods on nutritional and physicochemical characteristics of selected vegetables",
              publisher: "Journal of Agricultural and Food Chemistry",
              accessedAt: "2026-09-24",
            },
          ],
          topics: ["health", "technology"],
        },
      ],
    },
    en: {
      slug: "microwaving-food-destroys-all-nutrients",
      versions: [
        {
          claim:
            "“Microwaving destroys all the nutrients in your food: whatever you heat up has no nutritional value left.”",
          claimOriginText: "Wellness blog article, shared in discussion groups",
          claimOriginUrl: "https://blog.example.com/bien-etre/micro-ondes-danger",
          claimFirstSeen: "2026-09-22",
          verdict: "misleading",
          summary:
            "Misleading. All cooking destroys some heat-sensitive vitamins, microwaving included. But microwaves do not destroy “all” nutrients: because cooking is short and uses little water, they often preserve vitamins better than boiling does.",
          body: `A microwave oven heats food by making the water molecules inside it vibrate. It does not make food radioactive or alter it in any special way: what matters for nutrients is the temperature reached, the cooking time and the amount of water used. On all three counts, microwaving does rather well.

## Not all nutrients are alike

Losses mainly affect fragile vitamins such as vitamin C and some B vitamins (including folate), which are sensitive to heat and dissolve in water. When vegetables are boiled, part of those vitamins ends up in the cooking water, which is then poured away. Quick microwave cooking with a splash of water limits those losses. Minerals, fibre and protein are not “destroyed” by cooking at all.

To keep as much nutritional value as possible:

- use very little water and cover the dish so the food steams;
- heat for less time and stir halfway through to avoid hot spots;
- use glass or ceramic dishes, or plastics labelled “microwave safe”.

The viral article therefore starts from a real fact — cooking degrades some vitamins — and turns it into a false generalisation. Comparisons between cooking methods are summarised in [this overview by nutrition experts](https://www.example.com/health/microwave-cooking-and-nutrition).`,
          sources: [
            {
              url: "https://www.example.com/health/microwave-cooking-and-nutrition",
              title: "Microwave cooking and nutrition",
              publisher: "Harvard Health Publishing",
              accessedAt: "2026-09-24",
            },
            {
              url: "https://www.example.org/jafc/cooking-methods-vegetables",
              title: "Effects of different cooking methods on nutritional and physicochemical characteristics of selected vegetables",
              publisher: "Journal of Agricultural and Food Chemistry",
              accessedAt: "2026-09-24",
            },
          ],
          topics: ["health", "technology"],
        },
      ],
    },
  },

  // 7. Cash payments over €1,000 — missing context
  {
    publishedDaysAgo: 50,
    fr: {
      slug: "especes-interdites-au-dela-de-1000-euros-en-janvier",
      versions: [
        {
          claim:
            "« À partir du 1er janvier, il sera interdit de payer en espèces au-delà de 1 000 euros. Retirez votre argent tant qu'il est encore temps ! »",
          claimOriginText: "Message viral sur une messagerie, repris dans une vidéo courte vue 300 000 fois",
          claimOriginUrl: "https://video.example.com/shorts/especes-1000-euros",
          claimFirstSeen: "2026-10-04",
          verdict: "missing-context",
          summary:
            "Il manque du contexte. Le plafond de 1 000 euros existe déjà en France depuis 2015, et il vise les paiements à un professionnel. Rien ne change au 1er janvier : les paiements entre particuliers et les retraits d'espèces ne sont pas plafonnés par cette règle.",
          body: `Le message présente comme une nouveauté une règle en vigueur depuis des années. Depuis le 1er septembre 2015, une personne domiciliée en France ne peut pas régler en espèces plus de 1 000 euros à un professionnel : commerçant, artisan, garagiste, etc. Au-delà, il faut payer par carte, virement ou chèque. Aucun texte ne prévoit de modification au 1er janvier.

## Ce que dit vraiment la règle

Le plafond s'applique à une dette précise, par exemple l'achat d'un meuble ou une facture de travaux. Plusieurs situations sont traitées différemment :

- entre particuliers, par exemple pour la vente d'une voiture d'occasion, aucun plafond ne s'applique, même s'il est recommandé de garder une trace écrite ;
- les touristes non-résidents peuvent payer jusqu'à 15 000 euros en espèces, sous conditions ;
- le paiement des impôts et amendes en espèces est limité à 300 euros.

Retirer son argent à la banque n'est pas concerné. La rumeur peut aussi s'appuyer sur un texte européen bien réel : un règlement de 2024 contre le blanchiment d'argent fixera un plafond de 10 000 euros pour les paiements en espèces à un professionnel dans toute l'Union, à partir de juillet 2027. Ce plafond est plus élevé que la règle française, qui reste donc applicable.

Le détail des règles figure sur [la fiche pratique de l'administration](https://www.example.org/service-public/paiement-especes-plafond).`,
          sources: [
            {
              url: "https://www.example.org/service-public/paiement-especes-plafond",
              title: "Paiement en espèces : quel est le montant maximum autorisé ?",
              publisher: "Service-Public.fr",
              accessedAt: "2026-10-07",
            },
            {
              url: "https://www.example.com/banque-de-france/especes/plafonds",
              title: "Les plafonds de paiement en espèces",
              publisher: "Banque de France",
              accessedAt: "2026-10-07",
            },
            {
              url: "https://www.example.net/eur-lex/reglement-2024-1624",
              title: "Règlement (UE) 2024/1624 relatif à la prévention de l'utilisation du système financier aux fins du blanchiment de capitaux",
              publisher: "Journal officiel de l'Union européenne",
              accessedAt: "2026-10-08",
            },
          ],
          topics: ["economy"],
        },
      ],
    },
    en: {
      slug: "cash-payments-over-1000-euros-banned-from-january",
      versions: [
        {
          claim:
            "“From 1 January, paying more than €1,000 in cash will be banned. Withdraw your money while you still can!”",
          claimOriginText: "Viral message on a messaging app, picked up in a short video viewed 300,000 times",
          claimOriginUrl: "https://video.example.com/shorts/especes-1000-euros",
          claimFirstSeen: "2026-10-04",
          verdict: "missing-context",
          summary:
            "Missing context. France's €1,000 cap has existed since 2015 and applies to payments made to businesses. Nothing changes on 1 January: payments between private individuals and cash withdrawals are not capped by this rule.",
          body: `The message presents a rule that has been in force for years as if it were new. Since 1 September 2015, anyone resident in France has been barred from paying a business more than €1,000 in cash — a shop, a craftsman, a garage and so on. Above that amount, payment must be made by card, bank transfer or cheque. No text provides for any change on 1 January.

## What the rule actually says

The cap applies to a specific debt, such as buying a piece of furniture or paying a builder's invoice. Several situations are treated differently:

- between private individuals, for instance when selling a second-hand car, no cap applies, although keeping a written record is recommended;
- non-resident tourists may pay up to €15,000 in cash, under certain conditions;
- taxes and fines can be paid in cash only up to €300.

Withdrawing your money from the bank is not affected. The rumor may also draw on a very real European text: a 2024 anti-money-laundering regulation will set an EU-wide cap of €10,000 on cash payments to businesses from July 2027. That cap is higher than the French rule, which therefore continues to apply.

The full rules are set out in [the government's practical guide](https://www.example.org/service-public/paiement-especes-plafond).`,
          sources: [
            {
              url: "https://www.example.org/service-public/paiement-especes-plafond",
              title: "Cash payments: what is the maximum amount allowed?",
              publisher: "Service-Public.fr",
              accessedAt: "2026-10-07",
            },
            {
              url: "https://www.example.com/banque-de-france/especes/plafonds",
              title: "Limits on cash payments",
              publisher: "Banque de France",
              accessedAt: "2026-10-07",
            },
            {
              url: "https://www.example.net/eur-lex/reglement-2024-1624",
              title: "Regulation (EU) 2024/1624 on the prevention of the use of the financial system for the purposes of money laundering or terrorist financing",
              publisher: "Official Journal of the European Union",
              accessedAt: "2026-10-08",
            },
          ],
          topics: ["economy"],
        },
      ],
    },
  },

  // 8. 50 °C in Paris — false
  {
    publishedDaysAgo: 41,
    fr: {
      slug: "50-degres-mesures-a-paris-l-ete-dernier",
      versions: [
        {
          claim: "« 50 °C relevés à Paris l'été dernier, et personne n'en a parlé ! Les chiffres officiels sont truqués. »",
          claimOriginText: "Capture d'écran d'une carte de températures partagée sur un réseau social, 18 000 partages",
          claimOriginUrl: "https://social.example.com/posts/paris-50-degres",
          claimFirstSeen: "2026-10-12",
          verdict: "false",
          summary:
            "Faux. Aucune station météorologique officielle n'a relevé 50 °C à Paris. Le record de la capitale reste 42,6 °C, mesuré à Paris-Montsouris le 25 juillet 2019. La carte virale montre la température de surface du sol vue par satellite, et non celle de l'air.",
          body: `La capture d'écran qui circule montre une carte de l'agglomération parisienne colorée en rouge foncé, avec des valeurs dépassant 50 °C. Il ne s'agit pas de la température de l'air, celle qu'annoncent les bulletins météo, mais de la température de surface mesurée par satellite : celle des toits, du bitume et des sols exposés au soleil.

## Deux températures très différentes

La température de l'air est mesurée par des stations normalisées, sous abri, à l'ombre et entre 1,25 et 2 mètres du sol, selon les règles de l'Organisation météorologique mondiale. La température de surface, elle, peut dépasser de 15 à 20 degrés celle de l'air lors d'une journée de canicule : un parking goudronné en plein soleil chauffe bien davantage que l'air qui le surmonte.

- Le record de Paris-Montsouris est de 42,6 °C, atteint le 25 juillet 2019.
- Le record national est de 46,0 °C, relevé à Vérargues (Hérault) le 28 juin 2019.
- Aucune valeur supérieure n'a été enregistrée dans la capitale depuis.

D'autres sources produisent régulièrement des chiffres spectaculaires : thermomètres de tableau de bord, panneaux de pharmacie exposés au soleil ou applications qui affichent une température « ressentie ». Aucune ne remplace une mesure sous abri.

Les cartes satellitaires restent très utiles pour repérer les îlots de chaleur urbains, mais elles ne prouvent pas que l'air a atteint 50 °C. Les records officiels sont consultables sur [le site de Météo-France](https://www.example.org/meteofrance/climat/records).`,
          sources: [
            {
              url: "https://www.example.org/meteofrance/climat/records",
              title: "Les records de température en France",
              publisher: "Météo-France",
              accessedAt: "2026-10-15",
            },
            {
              url: "https://www.example.org/meteofrance/actualites/canicule-juillet-2019-bilan",
              title: "Canicule de juillet 2019 : un épisode historique",
              publisher: "Météo-France",
              accessedAt: "2026-10-15",
            },
            {
              url: "https://www.example.com/esa/land-surface-temperature",
              title: "Température de surface : ce que mesurent les satellites",
              publisher: "Agence spatiale européenne",
              accessedAt: "2026-10-16",
            },
          ],
          topics: ["climate"],
        },
      ],
    },
    en: {
      slug: "50-degrees-measured-in-paris-last-summer",
      versions: [
        {
          claim: "“50 °C recorded in Paris last summer, and nobody reported it! The official figures are rigged.”",
          claimOriginText: "Screenshot of a temperature map shared on a social network, 18,000 shares",
          claimOriginUrl: "https://social.example.com/posts/paris-50-degres",
          claimFirstSeen: "2026-10-12",
          verdict: "false",
          summary:
            "False. No official weather station has recorded 50 °C in Paris. The city's record remains 42.6 °C, measured at Paris-Montsouris on 25 July 2019. The viral map shows ground surface temperature seen from a satellite, not air temperature.",
          body: `The screenshot being shared shows a map of the Paris area in deep red, with values above 50 °C. That is not air temperature — the figure given in weather forecasts — but surface temperature measured by satellite: the temperature of roofs, asphalt and ground exposed to the sun.

## Two very different temperatures

Air temperature is measured by standardised weather stations, in a shelter, in the shade and between 1.25 and 2 metres above the ground, following World Meteorological Organization rules. Surface temperature can exceed air temperature by 15 to 20 degrees on a heatwave day: a tarmac car park in full sun gets far hotter than the air above it.

- The Paris-Montsouris record is 42.6 °C, reached on 25 July 2019.
- France's national record is 46.0 °C, recorded at Vérargues (Hérault) on 28 June 2019.
- No higher value has been recorded in the capital since.

Other sources regularly produce spectacular figures: car dashboard thermometers, pharmacy signs in direct sunlight, or apps showing a “feels like” temperature. None of them replaces a measurement taken in a shelter.

Satellite maps are very useful for spotting urban heat islands, but they do not show that the air reached 50 °C. Official records can be checked on [Météo-France's website](https://www.example.org/meteofrance/climat/records).`,
          sources: [
            {
              url: "https://www.example.org/meteofrance/climat/records",
              title: "Temperature records in France",
              publisher: "Météo-France",
              accessedAt: "2026-10-15",
            },
            {
              url: "https://www.example.org/meteofrance/actualites/canicule-juillet-2019-bilan",
              title: "The July 2019 heatwave: a historic episode",
              publisher: "Météo-France",
              accessedAt: "2026-10-15",
            },
            {
              url: "https://www.example.com/esa/land-surface-temperature",
              title: "Land surface temperature: what satellites measure",
              publisher: "European Space Agency",
              accessedAt: "2026-10-16",
            },
          ],
          topics: ["climate"],
        },
      ],
    },
  },

  // 9. Coffee and cancer — unproven
  {
    publishedDaysAgo: 33,
    fr: {
      slug: "une-etude-prouve-que-le-cafe-provoque-le-cancer",
      versions: [
        {
          claim:
            "« Une nouvelle étude le prouve : le café provoque le cancer. Deux tasses par jour suffisent à doubler le risque. »",
          claimOriginText: "Titre d'un site d'actualité racoleur, partagé environ 30 000 fois",
          claimOriginUrl: "https://news.example.com/sante/cafe-cancer-etude-choc",
          claimFirstSeen: "2026-10-22",
          verdict: "unproven",
          summary:
            "Non prouvé. Nous n'avons trouvé aucune étude publiée correspondant à cette affirmation. En l'état des connaissances, rien ne montre que le café cause le cancer : le Centre international de recherche sur le cancer l'a retiré en 2016 de la liste des cancérogènes possibles.",
          body: `L'article viral évoque « des chercheurs » et « une étude récente », sans jamais citer de revue scientifique, d'auteurs ni de données. Nous avons cherché dans les principales bases de publications médicales et contacté le site : aucune étude publiée ne conclut que deux tasses de café par jour doublent le risque de cancer. Le site n'a pas répondu à nos questions.

## Ce que l'on sait du café

Le café est l'une des boissons les plus étudiées au monde. En 2016, après l'examen de plus d'un millier d'études, le Centre international de recherche sur le cancer (CIRC) l'a classé dans le groupe 3, « inclassable quant à sa cancérogénicité », alors qu'il figurait depuis 1991 parmi les cancérogènes « possibles ». Le même groupe d'experts a en revanche jugé « probablement cancérogène » le fait de boire des boissons très chaudes, au-delà de 65 °C, en raison d'un risque accru de cancer de l'œsophage : c'est la température qui est en cause, pas le café.

Face à un titre de ce type, quelques questions permettent de faire le tri :

- l'étude est-elle publiée dans une revue à comité de lecture, et peut-on la retrouver ?
- s'agit-il d'une étude observationnelle, qui montre une association et non une cause ?
- le « doublement » concerne-t-il un risque relatif, sur un risque de départ très faible ?

La torréfaction produit aussi de l'acrylamide, une substance surveillée par les autorités sanitaires, présente en faible quantité dans le café comme dans le pain grillé ou les frites. Si une étude correspondant à l'article est publiée, nous l'analyserons et mettrons à jour cette fiche. Le résumé du CIRC est disponible [ici](https://www.example.org/iarc/monographs/volume-116).`,
          sources: [
            {
              url: "https://www.example.org/iarc/monographs/volume-116",
              title: "Monographies du CIRC, volume 116 : café, maté et boissons très chaudes",
              publisher: "Centre international de recherche sur le cancer (CIRC)",
              accessedAt: "2026-10-24",
            },
            {
              url: "https://www.example.com/lancet-oncology/coffee-mate-very-hot-beverages",
              title: "Carcinogenicity of drinking coffee, mate, and very hot beverages",
              publisher: "The Lancet Oncology",
              accessedAt: "2026-10-24",
            },
            {
              url: "https://www.example.net/efsa/acrylamide-in-food",
              title: "L'acrylamide dans les aliments",
              publisher: "Autorité européenne de sécurité des aliments (EFSA)",
              accessedAt: "2026-10-25",
            },
          ],
          topics: ["health"],
        },
      ],
    },
    en: {
      slug: "new-study-proves-coffee-causes-cancer",
      versions: [
        {
          claim: "“A new study proves it: coffee causes cancer. Two cups a day are enough to double your risk.”",
          claimOriginText: "Headline on a clickbait news site, shared about 30,000 times",
          claimOriginUrl: "https://news.example.com/sante/cafe-cancer-etude-choc",
          claimFirstSeen: "2026-10-22",
          verdict: "unproven",
          summary:
            "Unproven. We found no published study matching this claim. Current evidence does not show that coffee causes cancer: in 2016 the International Agency for Research on Cancer removed it from its list of possible carcinogens.",
          body: `The viral article refers to “researchers” and “a recent study” without ever naming a journal, authors or any data. We searched the main databases of medical publications and contacted the site: no published study concludes that two cups of coffee a day double the risk of cancer. The site did not answer our questions.

## What we know about coffee

Coffee is one of the most studied drinks in the world. In 2016, after reviewing more than a thousand studies, the International Agency for Research on Cancer (IARC) placed it in Group 3, “not classifiable as to its carcinogenicity”, whereas it had been listed as a “possible” carcinogen since 1991. The same expert group did, however, classify drinking very hot beverages, above 65 °C, as “probably carcinogenic” because of a higher risk of oesophageal cancer: the temperature is the problem, not the coffee.

Faced with a headline like this one, a few questions help sort things out:

- is the study published in a peer-reviewed journal, and can it be found?
- is it an observational study, which shows an association rather than a cause?
- does “doubling” refer to a relative risk, starting from a very small baseline?

Roasting also produces acrylamide, a substance monitored by food-safety authorities and found in small amounts in coffee as well as in toast and chips. If a study matching the article is published, we will review it and update this entry. IARC's summary is available [here](https://www.example.org/iarc/monographs/volume-116).`,
          sources: [
            {
              url: "https://www.example.org/iarc/monographs/volume-116",
              title: "IARC Monographs Volume 116: Drinking coffee, mate, and very hot beverages",
              publisher: "International Agency for Research on Cancer (IARC)",
              accessedAt: "2026-10-24",
            },
            {
              url: "https://www.example.com/lancet-oncology/coffee-mate-very-hot-beverages",
              title: "Carcinogenicity of drinking coffee, mate, and very hot beverages",
              publisher: "The Lancet Oncology",
              accessedAt: "2026-10-24",
            },
            {
              url: "https://www.example.net/efsa/acrylamide-in-food",
              title: "Acrylamide in food",
              publisher: "European Food Safety Authority (EFSA)",
              accessedAt: "2026-10-25",
            },
          ],
          topics: ["health"],
        },
      ],
    },
  },

  // 10. Free public transport from January — unproven
  {
    publishedDaysAgo: 24,
    fr: {
      slug: "bus-et-tramways-gratuits-pour-tous-au-1er-janvier",
      versions: [
        {
          claim:
            "« C'est voté : à partir du 1er janvier, bus et tramways seront gratuits pour tout le monde dans la métropole. »",
          claimOriginText: "Publication d'un groupe local sur un réseau social, reprise par plusieurs pages de quartier",
          claimOriginUrl: "https://social.example.com/groups/vivre-en-ville/posts/transports-gratuits",
          claimFirstSeen: "2026-10-30",
          verdict: "unproven",
          summary:
            "Non prouvé. Aucune délibération instaurant la gratuité totale des transports n'a été votée. Le conseil métropolitain a seulement commandé une étude sur le coût et les effets d'une telle mesure, dont les conclusions sont attendues au printemps. Rien ne permet d'annoncer une date.",
          body: `La publication affirme que la gratuité des transports en commun « a été votée » lors du dernier conseil métropolitain. Le compte rendu officiel de la séance du 16 octobre montre autre chose : les élus ont adopté une délibération qui lance une étude de faisabilité sur la gratuité du réseau de bus et de tramways. Aucune décision sur le principe, ni sur un calendrier, n'a été prise.

## Ce qui a été décidé, et ce qui ne l'a pas été

La confusion vient sans doute des déclarations de plusieurs élus favorables à la mesure, largement reprises après la séance. Mais à ce stade :

- seule une étude a été commandée, sur le coût, la fréquentation attendue et les effets sur le trafic automobile ;
- ses conclusions sont attendues au printemps et devront ensuite être débattues en conseil ;
- les tarifs actuels, y compris les réductions existantes pour les jeunes et les demandeurs d'emploi, restent en vigueur au 1er janvier.

La question du financement est centrale : les recettes des billets et abonnements couvrent une part importante du coût de fonctionnement du réseau, qu'il faudrait compenser par le budget de la collectivité ou le versement mobilité payé par les employeurs. D'autres villes françaises ont fait ce choix, comme Dunkerque en 2018, ou Montpellier pour ses habitants fin 2023, mais chaque réseau a ses contraintes.

Nous mettrons cette fiche à jour dès qu'une décision sera prise. Le compte rendu de la séance est consultable sur [le site de la métropole](https://www.example.org/metropole/conseil/2026-10-16).`,
          sources: [
            {
              url: "https://www.example.org/metropole/conseil/2026-10-16",
              title: "Compte rendu du conseil métropolitain du 16 octobre 2026",
              publisher: "Métropole — service des assemblées",
              accessedAt: "2026-11-02",
            },
            {
              url: "https://www.example.com/gart/gratuite-transports-etat-des-lieux",
              title: "Gratuité des transports publics : état des lieux des réseaux français",
              publisher: "Groupement des autorités responsables de transport (GART)",
              accessedAt: "2026-11-03",
            },
          ],
          topics: ["public-services", "economy"],
        },
      ],
    },
    en: {
      slug: "buses-and-trams-free-for-everyone-from-january",
      versions: [
        {
          claim:
            "“It's official: from 1 January, buses and trams will be free for everyone across the metropolitan area.”",
          claimOriginText: "Post in a local social-network group, picked up by several neighbourhood pages",
          claimOriginUrl: "https://social.example.com/groups/vivre-en-ville/posts/transports-gratuits",
          claimFirstSeen: "2026-10-30",
          verdict: "unproven",
          summary:
            "Unproven. No decision making public transport entirely free has been voted. The metropolitan council only commissioned a study of the cost and effects of such a measure, with findings expected in the spring. There is no basis for announcing a date.",
          body: `The post says free public transport “was voted” at the last metropolitan council meeting. The official minutes of the 16 October session show something different: councillors adopted a resolution launching a feasibility study into making the bus and tram network free. No decision was taken on the principle, nor on a timetable.

## What was decided, and what was not

The confusion probably stems from statements by several councillors who support the idea and were widely quoted after the meeting. But at this stage:

- only a study has been commissioned, covering cost, expected ridership and effects on car traffic;
- its findings are expected in the spring and will then have to be debated by the council;
- current fares, including existing discounts for young people and jobseekers, remain in force on 1 January.

Funding is the central question: ticket and pass sales cover a significant share of the network's running costs, which would have to be made up from the local authority's budget or the mobility levy paid by employers. Other French cities have taken that step — Dunkirk in 2018, or Montpellier for its residents at the end of 2023 — but every network faces its own constraints.

We will update this entry as soon as a decision is made. The minutes of the session are available on [the metropolitan authority's website](https://www.example.org/metropole/conseil/2026-10-16).`,
          sources: [
            {
              url: "https://www.example.org/metropole/conseil/2026-10-16",
              title: "Minutes of the metropolitan council meeting of 16 October 2026",
              publisher: "Metropolitan authority — council secretariat",
              accessedAt: "2026-11-02",
            },
            {
              url: "https://www.example.com/gart/gratuite-transports-etat-des-lieux",
              title: "Fare-free public transport: an overview of French networks",
              publisher: "Association of Transport Authorities (GART)",
              accessedAt: "2026-11-03",
            },
          ],
          topics: ["public-services", "economy"],
        },
      ],
    },
  },

  // 11. USB-C for laptops — true
  {
    publishedDaysAgo: 15,
    fr: {
      slug: "ordinateurs-portables-recharge-usb-c-obligatoire",
      versions: [
        {
          claim:
            "« Depuis le 28 avril, tous les nouveaux ordinateurs portables vendus dans l'Union européenne doivent pouvoir se recharger en USB-C. »",
          claimOriginText: "Fil de discussion sur un forum informatique, largement relayé",
          claimOriginUrl: "https://forum.example.org/t/usb-c-obligatoire-portables",
          claimFirstSeen: "2026-11-08",
          verdict: "true",
          summary:
            "Vrai. La directive européenne sur le chargeur universel impose le port USB-C aux téléphones, tablettes et autres petits appareils depuis le 28 décembre 2024, et aux ordinateurs portables mis sur le marché depuis le 28 avril 2026. Les appareils achetés avant ces dates ne sont pas concernés.",
          body: `L'affirmation est exacte. Une directive européenne adoptée en 2022, dite du « chargeur universel », a modifié les règles applicables aux équipements radioélectriques pour imposer un port de recharge commun. Elle s'applique en deux temps : d'abord aux petits appareils électroniques, puis aux ordinateurs portables, qui disposaient d'un délai supplémentaire.

## Quels appareils sont concernés

Depuis le 28 décembre 2024, les nouveaux appareils suivants doivent pouvoir se recharger par un port USB-C :

- téléphones, tablettes, liseuses et appareils photo numériques ;
- casques, écouteurs, enceintes portables et consoles de jeu portables ;
- claviers, souris et systèmes de navigation portables.

Les ordinateurs portables ont suivi le 28 avril 2026. La règle vise les appareils rechargeables par câble jusqu'à 100 watts : les machines plus gourmandes, comme certains ordinateurs de jeu, ne sont pas tenues de l'appliquer. Les appareils compatibles avec la recharge rapide doivent en outre accepter le même protocole, afin qu'un chargeur d'une autre marque fonctionne à pleine vitesse.

La directive prévoit aussi que l'acheteur puisse acquérir un appareil sans chargeur, une étiquette indiquant s'il est fourni. Objectif affiché : réduire les déchets électroniques et les dépenses inutiles. Les appareils déjà achetés peuvent évidemment continuer à être utilisés avec leur chargeur d'origine. Le texte est consultable sur [EUR-Lex](https://www.example.net/eur-lex/directive-2022-2380).`,
          sources: [
            {
              url: "https://www.example.net/eur-lex/directive-2022-2380",
              title: "Directive (UE) 2022/2380 modifiant la directive 2014/53/UE relative aux équipements radioélectriques",
              publisher: "Journal officiel de l'Union européenne",
              accessedAt: "2026-11-10",
            },
            {
              url: "https://www.example.org/commission-europeenne/chargeur-universel-questions-reponses",
              title: "Chargeur universel pour les appareils électroniques : questions et réponses",
              publisher: "Commission européenne",
              accessedAt: "2026-11-10",
            },
          ],
          topics: ["technology", "economy"],
        },
      ],
    },
    en: {
      slug: "new-laptops-sold-in-the-eu-must-charge-via-usb-c",
      versions: [
        {
          claim:
            "“Since 28 April, every new laptop sold in the European Union has to be chargeable via USB-C.”",
          claimOriginText: "Discussion thread on a computing forum, widely shared",
          claimOriginUrl: "https://forum.example.org/t/usb-c-obligatoire-portables",
          claimFirstSeen: "2026-11-08",
          verdict: "true",
          summary:
            "True. The EU common charger directive has required a USB-C port on phones, tablets and other small devices since 28 December 2024, and on laptops placed on the market since 28 April 2026. Devices bought before those dates are not affected.",
          body: `The claim is accurate. A European directive adopted in 2022, known as the “common charger” directive, amended the rules on radio equipment to require a shared charging port. It applies in two stages: first to small electronic devices, then to laptops, which were given extra time.

## Which devices are covered

Since 28 December 2024, the following new devices must be chargeable through a USB-C port:

- mobile phones, tablets, e-readers and digital cameras;
- headphones, earbuds, portable speakers and handheld game consoles;
- keyboards, mice and portable navigation systems.

Laptops followed on 28 April 2026. The rule covers devices charged by cable at up to 100 watts: more power-hungry machines, such as some gaming laptops, are not required to comply. Devices that support fast charging must also accept the same protocol, so that a charger from another brand works at full speed.

The directive also lets buyers purchase a device without a charger, with a label showing whether one is included. The stated goals are to cut electronic waste and unnecessary spending. Devices already bought can of course still be used with their original charger. The text is available on [EUR-Lex](https://www.example.net/eur-lex/directive-2022-2380).`,
          sources: [
            {
              url: "https://www.example.net/eur-lex/directive-2022-2380",
              title: "Directive (EU) 2022/2380 amending Directive 2014/53/EU on radio equipment",
              publisher: "Official Journal of the European Union",
              accessedAt: "2026-11-10",
            },
            {
              url: "https://www.example.org/commission-europeenne/chargeur-universel-questions-reponses",
              title: "Common charger for electronic devices: questions and answers",
              publisher: "European Commission",
              accessedAt: "2026-11-10",
            },
          ],
          topics: ["technology", "economy"],
        },
      ],
    },
  },

  // 12. New variant spread by pets — unproven, then corrected to false
  {
    publishedDaysAgo: 9,
    fr: {
      slug: "le-nouveau-variant-se-transmet-par-les-chiens-et-les-chats",
      versions: [
        {
          claim:
            "« Alerte : le nouveau variant se transmet par les chiens et les chats. Ne laissez plus vos animaux approcher vos enfants ! »",
          claimOriginText: "Message vocal transféré sur une messagerie, attribué à « un vétérinaire » non identifié",
          claimOriginUrl: "https://forum.example.org/t/variant-animaux-message-vocal",
          claimFirstSeen: "2026-11-17",
          verdict: "unproven",
          summary:
            "Non prouvé. Un seul cas de chat testé positif a été signalé, sans confirmation à ce stade par le laboratoire national de référence. Rien ne montre qu'un animal de compagnie puisse transmettre ce variant à l'être humain. Des analyses complémentaires sont en cours.",
          body: `Le message vocal, qui circule depuis le début de la semaine, est attribué à « un vétérinaire » dont le nom n'est jamais donné. Il affirme que le nouveau variant du virus respiratoire actuellement surveillé « passe par les animaux » et recommande d'éloigner chiens et chats des enfants. Nous n'avons pu identifier ni l'auteur ni l'origine de ces affirmations.

## Ce que l'on sait à ce stade

Le point de départ semble être un signalement bien réel : un chat vivant dans un foyer où deux personnes étaient malades a obtenu un test positif dans un laboratoire vétérinaire privé. Ce type de situation, où l'animal est contaminé par ses propriétaires et non l'inverse, a déjà été observé avec d'autres virus respiratoires.

- Le résultat n'a pas encore été confirmé par le laboratoire national de référence, qui a reçu les échantillons.
- Aucun cas de transmission d'un animal vers un humain n'a été documenté pour ce variant.
- Les autorités sanitaires ne recommandent ni d'isoler ni d'abandonner les animaux de compagnie.

Par précaution, les gestes habituels restent valables : se laver les mains après avoir caressé ou nourri un animal et, en cas de maladie, limiter les contacts rapprochés avec lui comme avec les autres membres du foyer.

Faute de résultats confirmés, nous ne pouvons ni valider ni écarter totalement l'hypothèse d'une infection animale. Nous mettrons cette fiche à jour dès la publication des analyses. La position des autorités vétérinaires est résumée sur [cette page](https://www.example.org/lnr/point-situation-variant-animaux).`,
          sources: [
            {
              url: "https://www.example.org/lnr/point-situation-variant-animaux",
              title: "Nouveau variant et animaux de compagnie : point de situation du 18 novembre 2026",
              publisher: "Laboratoire national de référence en santé animale",
              accessedAt: "2026-11-19",
            },
            {
              url: "https://www.example.com/woah/zoonoses-animaux-de-compagnie",
              title: "Animaux de compagnie et virus respiratoires : questions fréquentes",
              publisher: "Organisation mondiale de la santé animale (OMSA)",
              accessedAt: "2026-11-19",
            },
          ],
          topics: ["health"],
        },
        {
          claim:
            "« Alerte : le nouveau variant se transmet par les chiens et les chats. Ne laissez plus vos animaux approcher vos enfants ! »",
          claimOriginText: "Message vocal transféré sur une messagerie, attribué à « un vétérinaire » non identifié",
          claimOriginUrl: "https://forum.example.org/t/variant-animaux-message-vocal",
          claimFirstSeen: "2026-11-17",
          verdict: "false",
          summary:
            "Faux. Les analyses du laboratoire national de référence ont infirmé le seul cas signalé chez un chat : le premier test était un faux positif. Aucune transmission de ce variant par les chiens ou les chats n'a été mise en évidence, ni de l'animal vers l'humain.",
          body: `Le message vocal, qui circule depuis le 17 novembre, est attribué à « un vétérinaire » dont le nom n'est jamais donné. Il affirme que le nouveau variant du virus respiratoire actuellement surveillé « passe par les animaux » et recommande d'éloigner chiens et chats des enfants. Nous n'avons pu identifier ni l'auteur ni l'origine de ces affirmations.

## Les résultats du laboratoire de référence

Le point de départ était un signalement réel : un chat vivant dans un foyer où deux personnes étaient malades avait obtenu un test positif dans un laboratoire vétérinaire privé. Le laboratoire national de référence a publié le 22 novembre les résultats de ses analyses complémentaires :

- le nouveau prélèvement du chat est négatif, et le séquençage n'a retrouvé aucune trace du variant : le premier résultat était un faux positif, probablement dû à une contamination de l'échantillon ;
- les 37 chiens et chats testés dans des foyers où une personne était malade sont tous négatifs ;
- aucun cas de transmission d'un animal vers un humain n'a été documenté.

Les autorités sanitaires ne recommandent ni d'isoler ni d'abandonner les animaux de compagnie. Les gestes d'hygiène habituels restent valables : se laver les mains après avoir caressé ou nourri un animal, et limiter les contacts rapprochés avec les autres membres du foyer en cas de maladie.

Ces résultats nous conduisent à modifier notre verdict, initialement « non prouvé ». Le détail des analyses est disponible dans [le communiqué du laboratoire](https://www.example.org/lnr/resultats-analyses-variant-animaux).`,
          sources: [
            {
              url: "https://www.example.org/lnr/resultats-analyses-variant-animaux",
              title: "Nouveau variant et animaux de compagnie : résultats des analyses complémentaires",
              publisher: "Laboratoire national de référence en santé animale",
              accessedAt: "2026-11-22",
            },
            {
              url: "https://www.example.org/lnr/point-situation-variant-animaux",
              title: "Nouveau variant et animaux de compagnie : point de situation du 18 novembre 2026",
              publisher: "Laboratoire national de référence en santé animale",
              accessedAt: "2026-11-19",
            },
            {
              url: "https://www.example.com/woah/zoonoses-animaux-de-compagnie",
              title: "Animaux de compagnie et virus respiratoires : questions fréquentes",
              publisher: "Organisation mondiale de la santé animale (OMSA)",
              accessedAt: "2026-11-19",
            },
          ],
          topics: ["health"],
          correctionNote:
            "Nous avons changé le verdict de « Non prouvé » à « Faux » : les analyses publiées le 22 novembre par le laboratoire national de référence montrent que le seul cas animal signalé était un faux positif, et les autres animaux testés sont négatifs.",
        },
      ],
    },
    en: {
      slug: "the-new-variant-spreads-through-dogs-and-cats",
      versions: [
        {
          claim:
            "“Warning: the new variant spreads through dogs and cats. Don't let your pets near your children anymore!”",
          claimOriginText: "Voice message forwarded on a messaging app, attributed to an unnamed “vet”",
          claimOriginUrl: "https://forum.example.org/t/variant-animaux-message-vocal",
          claimFirstSeen: "2026-11-17",
          verdict: "unproven",
          summary:
            "Unproven. A single cat has been reported as testing positive, with no confirmation so far from the national reference laboratory. There is no evidence that pets can pass this variant on to humans. Further tests are under way.",
          body: `The voice message, circulating since the start of the week, is attributed to “a vet” who is never named. It claims that the new variant of the respiratory virus currently under surveillance “goes through animals” and urges parents to keep dogs and cats away from children. We were unable to identify the author or the source of these claims.

## What we know so far

The starting point appears to be a genuine report: a cat living in a household where two people were ill tested positive at a private veterinary laboratory. Situations like this, where the owners infect the animal rather than the other way round, have been seen before with other respiratory viruses.

- The result has not yet been confirmed by the national reference laboratory, which has received the samples.
- No case of animal-to-human transmission has been documented for this variant.
- Health authorities do not recommend isolating or abandoning pets.

As a precaution, the usual measures still apply: wash your hands after stroking or feeding an animal and, if you are ill, limit close contact with your pet as you would with other members of the household.

Without confirmed results, we can neither validate nor fully rule out the possibility of an animal infection. We will update this entry as soon as the test results are published. The veterinary authorities' position is summarised on [this page](https://www.example.org/lnr/point-situation-variant-animaux).`,
          sources: [
            {
              url: "https://www.example.org/lnr/point-situation-variant-animaux",
              title: "New variant and pets: situation update of 18 November 2026",
              publisher: "National Reference Laboratory for Animal Health",
              accessedAt: "2026-11-19",
            },
            {
              url: "https://www.example.com/woah/zoonoses-animaux-de-compagnie",
              title: "Pets and respiratory viruses: frequently asked questions",
              publisher: "World Organisation for Animal Health (WOAH)",
              accessedAt: "2026-11-19",
            },
          ],
          topics: ["health"],
        },
        {
          claim:
            "“Warning: the new variant spreads through dogs and cats. Don't let your pets near your children anymore!”",
          claimOriginText: "Voice message forwarded on a messaging app, attributed to an unnamed “vet”",
          claimOriginUrl: "https://forum.example.org/t/variant-animaux-message-vocal",
          claimFirstSeen: "2026-11-17",
          verdict: "false",
          summary:
            "False. Tests by the national reference laboratory overturned the only reported case in a cat: the first test was a false positive. No transmission of this variant by dogs or cats has been found, nor any from animals to humans.",
          body: `The voice message, circulating since 17 November, is attributed to “a vet” who is never named. It claims that the new variant of the respiratory virus currently under surveillance “goes through animals” and urges parents to keep dogs and cats away from children. We were unable to identify the author or the source of these claims.

## The reference laboratory's results

The starting point was a genuine report: a cat living in a household where two people were ill had tested positive at a private veterinary laboratory. On 22 November, the national reference laboratory published the results of its follow-up tests:

- the cat's new sample is negative, and sequencing found no trace of the variant: the first result was a false positive, probably caused by sample contamination;
- all 37 dogs and cats tested in households where someone was ill are negative;
- no case of animal-to-human transmission has been documented.

Health authorities do not recommend isolating or abandoning pets. The usual hygiene measures still apply: wash your hands after stroking or feeding an animal, and limit close contact with other members of the household if you are ill.

These results lead us to change our verdict, which was initially “unproven”. Full details of the tests are available in [the laboratory's statement](https://www.example.org/lnr/resultats-analyses-variant-animaux).`,
          sources: [
            {
              url: "https://www.example.org/lnr/resultats-analyses-variant-animaux",
              title: "New variant and pets: results of follow-up tests",
              publisher: "National Reference Laboratory for Animal Health",
              accessedAt: "2026-11-22",
            },
            {
              url: "https://www.example.org/lnr/point-situation-variant-animaux",
              title: "New variant and pets: situation update of 18 November 2026",
              publisher: "National Reference Laboratory for Animal Health",
              accessedAt: "2026-11-19",
            },
            {
              url: "https://www.example.com/woah/zoonoses-animaux-de-compagnie",
              title: "Pets and respiratory viruses: frequently asked questions",
              publisher: "World Organisation for Animal Health (WOAH)",
              accessedAt: "2026-11-19",
            },
          ],
          topics: ["health"],
          correctionNote:
            "We changed the verdict from “Unproven” to “False”: tests published on 22 November by the national reference laboratory show that the only reported animal case was a false positive, and all other animals tested were negative.",
        },
      ],
    },
  },

  // 13. Old flood photo shared as new — misleading
  {
    publishedDaysAgo: 2,
    fr: {
      slug: "photo-virale-du-centre-ville-inonde-hier-soir",
      versions: [
        {
          claim:
            "« Voilà à quoi ressemblait le centre-ville hier soir après l'orage : les rues sont devenues des rivières. »",
          claimOriginText: "Photo publiée sur un réseau social, partagée plus de 12 000 fois en une journée",
          claimOriginUrl: "https://social.example.com/posts/centre-ville-inonde-photo",
          claimFirstSeen: "2026-11-26",
          verdict: "misleading",
          summary:
            "Trompeur. L'orage du 25 novembre a bien provoqué des inondations localisées, mais la photo virale n'a pas été prise ce soir-là : elle circule depuis juin 2016 et date de la crue de la Seine. Elle ne montre pas la situation de cette semaine.",
          body: `L'orage qui a frappé la ville dans la soirée du 25 novembre était bien réel. Des pluies intenses, tombées en moins de deux heures, ont saturé le réseau d'évacuation : plusieurs passages souterrains ont été fermés, des caves ont été inondées et les pompiers ont mené une soixantaine d'interventions. Mais la photo la plus partagée, qui montre une avenue entière sous l'eau, ne date pas de cette nuit-là.

## Une image de 2016

Une recherche d'image inversée permet de retrouver cette photo dès juin 2016, dans les archives d'une agence photographique, lors de la grande crue de la Seine : le fleuve avait alors atteint 6,10 mètres au pont d'Austerlitz. Plusieurs détails confirment que la scène est ancienne : une enseigne de commerce disparue depuis, des arbres en pleine feuillaison incompatibles avec la fin novembre, et des barrières de chantier aujourd'hui retirées.

Avant de partager une photo d'événement, quelques vérifications suffisent souvent :

- lancer une recherche d'image inversée pour trouver sa plus ancienne publication ;
- repérer les indices de date et de saison : végétation, vêtements, vitrines, véhicules ;
- comparer avec les informations des services officiels et de la presse locale.

Publier une image ancienne en pleine alerte météo peut semer la confusion, voire gêner les secours. La situation réelle des cours d'eau est publiée en continu sur [le service national de vigilance crues](https://www.example.org/vigicrues/bulletin).`,
          sources: [
            {
              url: "https://www.example.org/prefecture/communiques/orage-25-novembre-2026",
              title: "Orage du 25 novembre 2026 : point de situation",
              publisher: "Préfecture — service de la communication",
              accessedAt: "2026-11-26",
            },
            {
              url: "https://www.example.com/archives-photo/crue-seine-juin-2016",
              title: "Crue de la Seine, juin 2016 : reportage photo",
              publisher: "Agence photographique — archives",
              accessedAt: "2026-11-26",
            },
            {
              url: "https://www.example.org/vigicrues/bulletin",
              title: "Vigilance crues : bulletin national",
              publisher: "Vigicrues",
              accessedAt: "2026-11-26",
            },
          ],
          topics: ["climate", "public-services"],
        },
      ],
    },
    en: {
      slug: "viral-photo-of-the-city-centre-flooded-last-night",
      versions: [
        {
          claim:
            "“This is what the city centre looked like last night after the storm: the streets turned into rivers.”",
          claimOriginText: "Photo posted on a social network, shared more than 12,000 times in a day",
          claimOriginUrl: "https://social.example.com/posts/centre-ville-inonde-photo",
          claimFirstSeen: "2026-11-26",
          verdict: "misleading",
          summary:
            "Misleading. The storm on 25 November did cause localised flooding, but the viral photo was not taken that night: it has been online since June 2016 and shows the Seine flood of that year. It does not show this week's situation.",
          body: `The storm that hit the city on the evening of 25 November was very real. Intense rain, falling in under two hours, overwhelmed the drainage network: several underpasses were closed, basements were flooded and firefighters responded to about sixty calls. But the most widely shared photo, showing an entire avenue under water, was not taken that night.

## A picture from 2016

A reverse image search finds this photo as early as June 2016, in a photo agency's archive, during the major Seine flood, when the river peaked at 6.10 metres at the Austerlitz bridge. Several details confirm the scene is old: a shop sign that has since disappeared, trees in full leaf that do not fit late November, and roadwork barriers that have since been removed.

Before sharing a photo of an event, a few checks are often enough:

- run a reverse image search to find its earliest appearance;
- look for clues to the date and season: vegetation, clothing, shop fronts, vehicles;
- compare with information from official services and the local press.

Posting an old image in the middle of a weather alert can cause confusion and even hamper emergency services. Real-time river levels are published by [the national flood warning service](https://www.example.org/vigicrues/bulletin).`,
          sources: [
            {
              url: "https://www.example.org/prefecture/communiques/orage-25-novembre-2026",
              title: "Storm of 25 November 2026: situation update",
              publisher: "Prefecture — communications department",
              accessedAt: "2026-11-26",
            },
            {
              url: "https://www.example.com/archives-photo/crue-seine-juin-2016",
              title: "Seine flood, June 2016: photo report",
              publisher: "Photo agency — archives",
              accessedAt: "2026-11-26",
            },
            {
              url: "https://www.example.org/vigicrues/bulletin",
              title: "Flood vigilance: national bulletin",
              publisher: "Vigicrues",
              accessedAt: "2026-11-26",
            },
          ],
          topics: ["climate", "public-services"],
        },
      ],
    },
  },
];

/** Not published: one submitted for review, one draft (single locale each). */
export const demoUnpublished: { locale: "fr" | "en"; state: "in_review" | "draft"; version: DemoVersion }[] = [
  {
    locale: "fr",
    state: "in_review",
    version: {
      claim:
        "« Boire de l'eau chaude toutes les 15 minutes empêche le virus d'atteindre les poumons : l'eau l'entraîne dans l'estomac, où l'acide le détruit. »",
      claimOriginText: "Message en chaîne attribué à « un médecin japonais », transféré sur plusieurs messageries",
      claimOriginUrl: "https://forum.example.org/t/eau-chaude-15-minutes",
      claimFirstSeen: "2026-11-24",
      verdict: "false",
      summary:
        "Faux. Boire régulièrement de l'eau chaude n'empêche pas une infection respiratoire. Les virus pénètrent dans les cellules du nez et de la gorge dès qu'ils sont inhalés, et aucune étude ne montre qu'en avaler une partie protège les poumons.",
      body: `Ce message circule sous différentes formes depuis plusieurs années et ressurgit à chaque épidémie. Il est généralement attribué à « un médecin japonais » ou à « un hôpital » jamais identifiés. Son raisonnement paraît simple : en buvant souvent, on « rincerait » la gorge et on enverrait les virus dans l'estomac, où l'acidité les détruirait.

## Pourquoi ce raisonnement ne tient pas

Les virus respiratoires se transmettent principalement par des gouttelettes et des aérosols inhalés. Ils se fixent sur les cellules qui tapissent le nez, la gorge et les bronches, et y pénètrent rapidement. Boire un verre d'eau ne décroche pas les particules déjà fixées et n'atteint pas les voies respiratoires elles-mêmes, puisque l'eau passe par l'œsophage.

- Aucune étude n'a montré qu'une boisson chaude, à quelque fréquence que ce soit, prévient une infection respiratoire.
- Des boissons trop chaudes, au-delà de 65 °C, peuvent au contraire irriter et léser l'œsophage.
- Bien s'hydrater reste utile quand on est malade, mais cela ne remplace ni la vaccination ni les gestes barrières.

Les mesures efficaces sont connues : aérer les pièces, se laver les mains, porter un masque en cas de symptômes et se faire vacciner lorsque c'est recommandé. Elles sont détaillées sur [le site de l'agence de santé publique](https://www.example.org/sante-publique/gestes-barrieres).`,
      sources: [
        {
          url: "https://www.example.org/who/coronavirus-mythbusters",
          title: "Conseils au grand public : en finir avec les idées reçues",
          publisher: "Organisation mondiale de la santé",
          accessedAt: "2026-11-25",
        },
        {
          url: "https://www.example.org/sante-publique/gestes-barrieres",
          title: "Infections respiratoires : les gestes qui protègent",
          publisher: "Santé publique France",
          accessedAt: "2026-11-25",
        },
      ],
      topics: ["health"],
    },
  },
  {
    locale: "en",
    state: "draft",
    version: {
      claim:
        "“Tap water will be cut off across the whole city for a week next month because of pipe works. Stock up on bottled water now!”",
      claimOriginText: "Screenshot of a fake utility notice, shared in neighbourhood messaging groups",
      claimOriginUrl: "https://social.example.com/posts/coupure-eau-une-semaine",
      claimFirstSeen: "2026-11-25",
      verdict: "false",
      summary:
        "False. The municipal water utility has announced no city-wide cut. Works planned for next month will interrupt supply on a handful of streets only, for a few hours at a time, and affected residents are notified individually at least 48 hours in advance.",
      body: `The screenshot looks like an official notice: a logo, a reference number and a warning that “the entire network” will be shut down for seven days next month. The municipal water utility told us the document is not one of theirs. The logo is an old version that has not been used for several years, and the reference number does not match its numbering system.

## What is actually planned

The utility does have pipe-renewal works scheduled for next month, as it does every year. They are published on its works calendar and are very limited in scope:

- supply will be interrupted on a handful of streets only, for a few hours at a time, usually during the morning;
- affected residents receive a notice in their letterbox or by text message at least 48 hours in advance;
- where an interruption lasts longer, the utility sets up a temporary supply point or distributes bottled water.

A city-wide cut lasting a week would leave hospitals, schools and care homes without water, which is why networks are designed so that sections can be isolated and worked on one at a time.

Panic buying of bottled water, as the message urges, mainly risks emptying shop shelves for the people who really need them. Planned works near you can be checked on [the utility's works calendar](https://www.example.org/eau-municipale/travaux-calendrier).`,
      sources: [
        {
          url: "https://www.example.org/eau-municipale/travaux-calendrier",
          title: "Planned works and supply interruptions",
          publisher: "Municipal water utility",
          accessedAt: "2026-11-26",
        },
        {
          url: "https://www.example.net/consommateurs/eau-coupure-droits",
          title: "Water supply interruptions: what are your rights?",
          publisher: "Consumer information service",
          accessedAt: "2026-11-26",
        },
      ],
      topics: ["public-services"],
    },
  },
];

globalThis.__BUILD_MANIFEST = {
  "pages": {
    "/_app": []
  },
  "devFiles": [],
  "polyfillFiles": [
    "static/chunks/0cz1d0mv5g_q7.js"
  ],
  "lowPriorityFiles": [
    "static/712RKuuKqUD73KaX0Ev9D/_buildManifest.js",
    "static/712RKuuKqUD73KaX0Ev9D/_ssgManifest.js",
    "static/712RKuuKqUD73KaX0Ev9D/_clientMiddlewareManifest.js"
  ],
  "rootMainFiles": [
    "static/chunks/3y705tc4v-41-.js",
    "static/chunks/3j0p2dysb65xl.js",
    "static/chunks/2ledby_8cdxen.js",
    "static/chunks/39_j1bdzreq0m.js",
    "static/chunks/3de5or95vd2ok.js",
    "static/chunks/turbopack-077hmtqrhcoji.js"
  ],
  "rootMainFilesTree": {},
  "pagesChunkGroupBootstrapParams": {
    "/_not-found/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/_global-error/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(auth)/login/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(auth)/login/new-password/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(auth)/login/two-factor/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(auth)/login/verify/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(auth)/set-password/[token]/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(bench)/bench-static/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/corrections/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/corrections-policy/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/report/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/report/thanks/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/rumors/[slug]/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/search/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/topics/[slug]/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/(site)/[locale]/withdrawn/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/account/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/audit/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/entries/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/entries/[id]/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/entries/[id]/history/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/entries/[id]/review/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/entries/new/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/tips/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/tips/[id]/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/topics/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/users/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/users/[id]/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    },
    "/admin/users/new/page": {
      "otherChunks": [
        "static/chunks/3y705tc4v-41-.js",
        "static/chunks/3j0p2dysb65xl.js",
        "static/chunks/2ledby_8cdxen.js",
        "static/chunks/39_j1bdzreq0m.js",
        "static/chunks/3de5or95vd2ok.js"
      ],
      "runtimeModuleIds": [
        94553
      ]
    }
  },
  "chunkLoadingGlobal": "TURBOPACK"
};

"""Word lists shared by the detectors (content warning: slurs and insults).

Lists hold base forms; matching happens on normalised text (see ``normalize``), so leetspeak,
look-alike letters and spacing are already undone. Stretched letters are collapsed to two.
"""

from __future__ import annotations

from collections.abc import Iterable

# Swear words. On their own they are profanity (allowed by default), not abuse.
SWEARS = (
    "fuck", "fucks", "fucking", "fuckin", "fucked", "fack", "facking", "fuk", "fuking", "fukin",
    "fcking", "fckin", "fck", "effing", "frigging", "friggin", "shit", "shitty", "bullshit",
    "shite", "crap", "crappy", "damn", "dammit", "goddamn", "goddamned", "hell", "screw",
    "screwed", "piss", "pissed", "bloody", "bastard", "bastards", "wtf", "ffs", "sob", "ass",
    "asshole", "arse", "motherfucker", "motherfucking", "bitch", "bitches", "bitching", "sucks",
)  # fmt: skip

# Insults: words that call a person something.
INSULTS = (
    "idiot", "idiots", "moron", "morons", "imbecile", "stupid", "dumb", "dumbass", "retard",
    "retarded", "bitch", "bitches", "whore", "whores", "slut", "sluts", "cunt", "cunts",
    "asshole", "assholes", "loser", "losers", "pathetic", "disgusting", "trash", "scum",
    "scumbag", "pig", "liar", "lying", "hypocrite", "clown", "fool", "jerk", "dick", "dickhead",
    "bastard", "hoe", "hoes", "skank", "freak", "ugly", "worthless", "useless", "garbage",
    "psycho", "twat", "wanker", "prick", "douche", "douchebag", "dipshit", "shithead", "pos",
    "piece of shit", "piece of garbage", "waste of space", "waste of oxygen", "parasite",
    "attention whore", "attention seeker", "attention seeking", "coward", "creep", "degenerate",
    "ignorant", "incompetent", "selfish", "evil", "nasty", "vile", "sick fuck", "fat",
    "fatass", "lowlife", "bimbo", "troll", "snowflake", "thot", "pussy", "dumbfuck",
    # text-speak spellings
    "dum", "stoopid", "stupit", "idiut", "looser", "dumass", "azzhole", "biatch", "beotch",
    # name-calling nouns of common insult lexicons (e.g. HurtLex's "derogatory words" class)
    "dimwit", "halfwit", "nitwit", "cretin", "buffoon", "simpleton", "numbskull", "dunce",
    "tosser", "bellend", "knobhead", "arsehole", "dickwad", "jackass", "dirtbag", "sleazebag",
    "slimeball", "nutjob", "nutcase", "imbeciles", "retards", "moronic",
    "idiotic", "braindead", "brain dead", "pathetic loser", "bigot", "maggot",
    # a cheat or thief: the insult typologies' "moral defect" names
    "fraudster", "scammer", "con artist", "grifter", "charlatan", "thief",
)  # fmt: skip

# Insults only as a predicate with an article ("you're a joke", "you are an embarrassment"):
# as a bare word after "you" they are ordinary ("you joke about it").
PREDICATE_INSULTS = (
    "joke", "disgrace", "embarrassment", "fraud", "cow", "snake", "rat", "leech", "laughing stock",
    "waste", "nobody", "sheep", "weirdo", "lunatic", "hag", "pig", "disgusting pig",
)  # fmt: skip

# Negative superlatives that make "you are the ... X" an insult whatever X is
# ("you are the dumbest editor here").
INSULT_SUPERLATIVES = (
    "dumbest", "stupidest", "ugliest", "thickest", "dimmest", "most pathetic", "most useless",
    "most ignorant", "most disgusting", "most stupid", "most idiotic", "most incompetent",
    "most vile", "most annoying", "most worthless", "biggest idiot", "biggest moron",
    "biggest loser", "biggest joke",
)  # fmt: skip

# Insults that are nouns: usable as an address ("Nobody asked you, moron.").
NOUN_INSULTS = (
    "idiot", "idiots", "moron", "morons", "imbecile", "dumbass", "retard", "bitch", "whore",
    "slut", "cunt", "asshole", "loser", "scum", "scumbag", "liar", "hypocrite", "clown", "jerk",
    "dickhead", "bastard", "skank", "twat", "wanker", "prick", "douchebag", "dipshit",
    "shithead", "dumbfuck", "fatass", "lowlife", "dimwit", "halfwit", "nitwit", "cretin",
    "buffoon", "tosser", "bellend", "knobhead", "arsehole", "jackass", "dirtbag",
    "fraud", "fraudster", "scammer", "con artist", "grifter", "charlatan", "leech", "parasite",
    "coward", "bigot", "creep", "freak", "snowflake", "waste of space", "waste of oxygen",
)  # fmt: skip

# Slurs aimed at groups (hate). Matched whole-word after normalisation.
SLURS = (
    "nigger", "niggers", "nigga", "niggas", "niggah", "nigguh", "faggot", "faggots", "fag",
    "fags", "faggy", "dyke", "dykes", "tranny", "trannies", "spic", "spics", "wetback",
    "wetbacks", "beaner", "beaners", "chink", "chinks", "gook", "gooks", "kike", "kikes",
    "coon", "coons", "jigaboo", "porch monkey", "towelhead", "raghead", "sand nigger",
    "camel jockey", "cracker", "crackers", "white trash", "redskin", "redskins", "gypsy",
    "gyppo", "paki", "pakis", "retards", "mongoloid", "homo", "homos", "queers", "shemale",
    "zipperhead", "wop", "dago", "jap", "japs", "half breed", "mulatto", "negro", "negroes",
    "savages", "muzzie", "muzzies", "hebe", "kraut", "gringo", "spook", "darkie", "darkies",
    "ching chong", "ghetto trash", "trailer trash", "hillbilly", "hillbillies", "redneck",
    "rednecks", "sambo", "uncle tom", "coolie", "raghead", "goyim",
    # more of the common slurs for the groups HateCheck names (women, trans, gay, Black,
    # disabled people, Muslims, immigrants), from the general-usage slur lexicons
    "spaz", "spazz", "tard", "poof", "poofter", "batty boy", "fudge packer", "carpet muncher",
    "lesbo", "trannie", "troon", "jungle bunny", "golliwog", "wog", "nignog", "sandnigger",
    "anchor baby", "anchor babies", "feminazi", "femoid", "foid", "pikey", "heeb", "slanteye",
    "goatfucker", "goat fucker", "cripple", "spastic", "mong", "yid",
)  # fmt: skip

# Slurs that are also ordinary words (crackers, coons, spook, Redskins, negro in Spanish...)
# or mild regional labels: alone they do not raise abuse; with a model's agreement they do.
AMBIGUOUS_SLURS = (
    "cracker", "crackers", "coon", "coons", "spook", "redneck", "rednecks", "hillbilly",
    "hillbillies", "white trash", "trailer trash", "redskin", "redskins", "gypsy", "negro",
    "negroes", "uncle tom", "wop", "jap", "japs", "kraut", "gringo", "hebe", "goyim", "dago",
    "coolie", "savages", "homo", "homos", "queers", "half breed", "mulatto", "gook", "gooks",
    # a medical or everyday word too: "spastic diplegia", "side effects that cripple you",
    # Hmong, Tottenham's "Yid army"
    "cripple", "spastic", "mong", "yid",
    # an interjection ("and poof, it was gone"), a Scottish town
    "poof", "troon",
)  # fmt: skip

# Slurs an in-group reclaims, said of the author's own group ("proud dyke", "us queers"):
# HateCheck's non-hateful reclaimed slurs.
RECLAIMABLE_SLURS = ("dyke", "queer", "homo", "fag", "faggot", "tranny", "cripple")


def single_words(words: Iterable[str], letters: int) -> set[str]:
    """The one-word entries of ``words`` of at least ``letters`` letters, the slurs that are
    also ordinary words left out (what a misspelling or a run-together token is read back to)."""
    return {w for w in words if " " not in w and w.isalpha() and len(w) >= letters} - set(
        AMBIGUOUS_SLURS
    )


def plural_forms(words: Iterable[str]) -> list[str]:
    """Each phrase, and its last word's plural ("towelhead" -> "towelheads", "tranny" ->
    "trannies"): lists hold base forms, and hate is said of a group, in the plural."""
    out: list[str] = []
    for w in words:
        out.append(w)
        if w.endswith("s"):
            continue
        if w.endswith("y") and w[-2:-1] not in "aeiou":
            out.append(w[:-1] + "ies")
        else:
            out.append(w + ("es" if w.endswith(("z", "x", "sh", "ch")) else "s"))
    return list(dict.fromkeys(out))


# Groups hate speech is aimed at (used with dehumanising predicates).
GROUPS = (
    "immigrants", "migrants", "refugees", "muslims", "jews", "blacks", "whites", "gays",
    "lesbians", "trans people", "mexicans", "asians", "arabs", "africans", "christians",
    "women", "foreigners", "illegals", "indians", "chinese", "hispanics", "latinos", "gay people",
    "black people", "white people", "brown people",
)  # fmt: skip

# Non-person targets that swearing is normally aimed at in this community.
ILLNESS_TARGETS = (
    "cancer", "cancers", "chemo", "chemotherapy", "radiation", "disease", "illness", "tumor",
    "tumour", "tumors", "leukemia", "leukaemia", "lymphoma", "neuroblastoma", "sarcoma",
    "glioma", "dipg", "medulloblastoma", "wilms", "relapse", "hospital", "hospitals",
    "insurance", "insurer", "insurance company", "billing", "pharmacy", "steroids", "side effects",
    "treatment", "scan", "scans", "pump", "port", "picc", "needles", "nausea", "fever", "life",
    "this", "that", "it", "everything", "all of it", "today", "this year", "this week",
    "week", "day", "night", "monday", "covid", "traffic", "parking", "coffee", "world",
    "universe", "fate", "god", "system", "paperwork", "appointments", "waiting room",
    "diagnosis", "prognosis", "mri", "ct", "biopsy", "infusion", "transplant", "counts",
    "anc", "platelets", "neutropenia", "the whole thing", "timing", "weather", "disease",
    # the patient's own body and what treatment does to it
    "body", "bodies", "immune system", "veins", "cannula", "neuropathy", "mouth sores",
    "hot flushes", "hot flashes", "mets", "meds", "pills", "tablets", "wig", "stoma",
)  # fmt: skip

SECOND_PERSON = (
    "you", "u", "ya", "ur", "your", "youre", "you're", "yours", "yourself", "yall", "y'all",
    "you guys", "you people",
)  # fmt: skip

# Protected groups by religion, ethnicity or nationality, sexual orientation, gender identity,
# disability and sex (plural forms; the singular is derived). Used for generalisations with
# no slur ("X are all ...", "typical X", "never trust a X").
GROUP_NOUNS = (
    "muslims", "jews", "christians", "catholics", "hindus", "sikhs", "buddhists", "mormons",
    "atheists", "arabs", "mexicans", "asians", "africans", "indians", "pakistanis", "somalis",
    "nigerians", "chinese", "hispanics", "latinos", "latinas", "immigrants", "migrants",
    "refugees", "foreigners", "illegals", "blacks", "whites", "gays", "lesbians", "bisexuals",
    "trans people", "transgender people", "gay people", "black people", "white people",
    "brown people", "asian people", "jewish people", "muslim people", "disabled people",
    "roma", "travellers", "romanians", "poles", "russians", "ukrainians", "filipinos",
    "vietnamese", "koreans", "palestinians", "israelis", "iranians", "syrians", "afghans",
    "women", "homosexuals", "feminists", "transgenders", "transsexuals", "gay men",
    "gay women", "trans women", "trans men", "deaf people", "blind people", "autistic people",
    # national origin: demonyms in the plural
    "americans", "canadians", "brits", "germans", "italians", "spaniards", "greeks", "turks",
    "albanians", "bulgarians", "lithuanians", "latvians", "slovaks", "czechs", "hungarians",
    "bangladeshis", "sri lankans", "nepalis", "ethiopians", "eritreans", "sudanese", "kenyans",
    "ghanaians", "congolese", "brazilians", "colombians", "venezuelans", "cubans", "haitians",
    "jamaicans", "puerto ricans", "irish", "scots", "welsh", "eastern europeans", "europeans",
)  # fmt: skip

# Identity adjectives: "<adjective> people|men|women|folks" names a protected group
# ("deaf people", "muslim women"), and "being <adjective>" a protected trait. Religion, race and
# ethnicity, nationality, sexual orientation, gender identity, sex, disability and age, as in
# the identity-term lists of bias studies of toxicity classifiers.
IDENTITY_ADJECTIVES = (
    "muslim", "jewish", "christian", "catholic", "protestant", "hindu", "sikh", "buddhist",
    "mormon", "atheist", "black", "white", "brown", "asian", "african", "african american",
    "latino", "latina", "hispanic", "mexican", "chinese", "japanese", "korean", "indian",
    "arab", "middle eastern", "european", "american", "canadian", "british", "french", "german",
    "russian", "polish", "romanian", "pakistani", "somali", "nigerian", "filipino", "gay",
    "lesbian", "bisexual", "queer", "straight", "heterosexual", "homosexual", "trans",
    "transgender", "nonbinary", "deaf", "blind", "disabled", "autistic", "old", "older",
    "elderly", "young", "teenage", "immigrant", "refugee", "female", "male",
    # group nouns that are also adjectives before a people noun ("Roma families", "traveller kids")
    "roma", "romani", "traveller", "migrant", "irish", "welsh", "scottish", "vietnamese",
    "sudanese", "congolese", "jamaican", "ukrainian", "syrian", "afghan",
    # religious communities by denomination
    "evangelical", "pentecostal", "baptist", "methodist", "anglican", "shia", "sunni", "amish",
    "quaker",
)  # fmt: skip

# Very negative evaluative adjectives, as a word class (contempt, disgust, stupidity,
# worthlessness, moral condemnation; cf. the negative-evaluation classes of HurtLex and of
# appraisal lexicons), not words taken from failing sentences. Said of a protected group or of
# the trait itself, they are HateCheck's "very negative attribute" derogation (F1).
# Experiential words ("awful", "hard", "dangerous") are left out: "being deaf is hard" and
# "being gay is dangerous in some countries" describe a life, not a judgement of a group.
CONTEMPT_ADJECTIVES = (
    "disgusting", "revolting", "repulsive", "repugnant", "vile", "foul", "filthy", "dirty",
    "gross", "nasty", "ugly", "hideous", "evil", "wicked", "despicable", "contemptible",
    "loathsome", "detestable", "abhorrent", "disgraceful", "shameful", "inferior", "subhuman",
    "sub-human", "less than human", "stupid", "dumb", "idiotic", "moronic", "brainless",
    "worthless", "useless", "pathetic", "lazy", "degenerate", "trashy", "scummy", "sickening",
    "freakish", "primitive", "barbaric", "backward", "vulgar", "rotten", "putrid", "hateful",
    "despised", "unbearable", "insufferable", "dishonest", "greedy",
)  # fmt: skip

# Predicates of derogation and dehumanisation used in generalisations about a group.
GROUP_TRAITS = (
    *CONTEMPT_ADJECTIVES,

    "terrorists", "terrorist", "criminals", "criminal", "thieves", "liars", "lazy", "violent",
    "dirty", "filthy", "stupid", "dumb", "rapists", "brainwashed", "hypocrites", "greedy",
    "dangerous", "savages", "primitive", "inferior", "subhuman", "animals", "vermin", "rats",
    "cockroaches", "parasites", "a disease", "a plague", "a cancer", "scum", "trash", "filth",
    "evil", "disgusting", "draining", "a drain", "ruining", "invading", "leeches", "freeloaders",
    "backward", "barbaric", "degenerates", "perverts", "pedophiles", "paedophiles", "mentally ill",
    "sick in the head", "the problem", "a burden on", "taking over", "breeding like",
    "cheats", "frauds", "useless", "worthless", "not human", "not real people", "a threat",
    "a danger", "scammers", "dishonest", "a burden", "abusers", "child abusers", "groomers",
    "predators", "child molesters",
    # very negative attributes and dehumanising comparisons (HateCheck F1-F3)
    "gross", "ugly", "nasty", "twisted", "freaks", "perverted", "vile",
    "the worst", "idiots", "morons", "retarded", "retards", "pathetic", "garbage", "a joke",
    "an abomination", "abominations", "apes", "monkeys", "dogs", "pigs", "snakes", "insects",
    "a mental illness", "a disorder", "a sin", "sinners", "hags", "sluts", "whores",
    "repulsive", "revolting", "sneaky", "cunning", "idiotic",
    # below humanity, said as a rank or a measure
    "the lowest form of life", "the lowest of the low", "less than human", "barely human",
    "a waste of space", "a waste of oxygen", "a stain", "a blight", "a virus", "a cancer on",
)  # fmt: skip

# Praise in a generalisation about a group: "gay people are wonderful parents". With no
# negative trait in the message, a model's abuse score alone does not raise it.
GROUP_PRAISE = (
    "wonderful", "amazing", "kind", "lovely", "great", "brave", "strong", "beautiful", "smart",
    "talented", "generous", "welcoming", "caring", "loving", "the backbone", "heroes",
    "heroic", "just people", "people too", "human beings", "human", "equal", "welcome",
    "valued", "loved", "awesome", "fantastic", "inspiring", "resilient", "hardworking",
    "hard working", "hard-working", "good people", "good parents", "great parents",
    "wonderful parents", "normal", "the best", "so kind", "incredible", "friendly", "helpful",
    # neutral and approving words of the same class: acceptance rather than praise
    "fine", "ok", "okay", "ordinary", "proud", "valid", "good", "nice", "decent", "honest",
    "gentle", "clever", "intelligent", "respectable", "worthy", "precious", "important",
    "neighbours", "neighbors", "our neighbours", "our neighbors", "our friends", "family",
    "part of our community", "part of this community", "part of the community",
    "just like us", "like everyone else", "like anyone else", "no different", "beloved",
)  # fmt: skip

# Approval of a group as a verb with the group as object ("we welcome refugees") or the
# group's due ("trans people deserve respect"). Un-negated by construction: the patterns that
# use them want the verb right after the subject.
APPROVAL_VERBS = (
    "love", "respect", "admire", "support", "welcome", "value", "appreciate", "celebrate",
    "accept", "embrace", "stand with", "stand by", "care about", "like",
)  # fmt: skip
DUE_TO_GROUP = (
    "respect", "love", "dignity", "rights", "equal rights", "kindness", "support", "care",
    "equality", "protection", "compassion", "acceptance", "the same", "better", "to be safe",
    "to be happy", "to be heard", "to be loved", "to be respected",
)  # fmt: skip

# Words naming a protected characteristic (religion, ethnicity or nationality, sexual
# orientation, gender identity, sex, disability, immigration): with GROUP_NOUNS and SLURS they
# mark a message aimed at a group (``rules.targets``). Singular and adjective forms.
IDENTITY_TERMS = (
    "muslim", "islam", "islamic", "jew", "jewish", "christian", "catholic", "hindu", "sikh",
    "buddhist", "mormon", "atheist", "mosque", "synagogue", "church", "arab", "mexican", "asian",
    "african", "indian", "pakistani", "somali", "nigerian", "chinese", "hispanic", "latino",
    "latina", "immigrant", "migrant", "refugee", "foreigner", "illegal", "black", "white",
    "brown", "gay", "lesbian", "bisexual", "queer", "trans", "transgender", "nonbinary",
    "homosexual", "lgbt", "lgbtq", "disabled", "disability", "autistic", "deaf", "blind",
    "wheelchair", "roma", "gypsies", "romanian", "polish", "russian", "ukrainian", "filipino",
    "vietnamese", "korean", "palestinian", "israeli", "iranian", "syrian", "afghan", "woman",
    "women", "girls", "females", "men", "males", "race", "religion", "ethnic", "minorities",
    "minority", "feminist", "feminists", "african american", "native american", "jews",
)  # fmt: skip

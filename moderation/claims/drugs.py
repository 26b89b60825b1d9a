"""Medicine names read as their class, so a claim about "Zofran" reads like one about
"anti-sickness medicine".

MiniLM's WordPiece vocabulary knows everyday words, not brand or generic drug names: "skip
the Zofran, peppermint oil does the same" sits far from every catalogued phrasing while
"skip the anti-sickness medicine, ..." sits close. Before a told sentence is embedded, each
name of a common supportive-care or cancer medicine becomes the plain words for its class
(the classes of the BNF for Children and the NCI drug dictionary: anti-sickness, antibiotics,
antivirals, antifungals, steroids, pain relief, fever relief, laxatives, mouthwashes, stomach acid,
anti-diarrhoea, blood thinners, anxiety and sleep, growth-factor injections, chemotherapy, and
for adult patients targeted and hormone therapy). The quote in a reason
keeps the author's own words.
"""

from __future__ import annotations

import re

# Names by class, space separated (lower case, as normalised text is).
CLASSES: dict[str, str] = {
    "anti-sickness medicine": (
        "zofran ondansetron granisetron kytril metoclopramide maxolon reglan aprepitant "
        "emend cyclizine levomepromazine nozinan domperidone nabilone prochlorperazine "
        "stemetil antiemetic antiemetics anti-emetic anti-emetics emetic "
    ),
    "antibiotics": (
        "amoxicillin amoxil augmentin co-amoxiclav co-trimoxazole septrin bactrim "
        "ciprofloxacin cipro tazocin piperacillin meropenem vancomycin ceftriaxone "
        "gentamicin teicoplanin flucloxacillin clarithromycin azithromycin penicillin "
        "cefalexin doxycycline abx antibiotic "
    ),
    "antiviral medicine": (
        "aciclovir acyclovir valaciclovir valacyclovir valtrex ganciclovir valganciclovir "
        "foscarnet cidofovir oseltamivir tamiflu antiviral antivirals "
    ),
    "antifungal medicine": (
        "fluconazole posaconazole voriconazole itraconazole nystatin amphotericin "
        "ambisome caspofungin "
    ),
    "steroid medicine": (
        "dexamethasone dex prednisone prednisolone pred hydrocortisone methylprednisolone steroids "
        "steroid "
    ),
    "pain medication": (
        "morphine oramorph oxycodone oxycontin oxynorm codeine fentanyl tramadol "
        "hydromorphone gabapentin pregabalin painkillers painkiller "
    ),
    "fever medicine": (
        "paracetamol acetaminophen tylenol calpol ibuprofen nurofen advil motrin calprofen "
    ),
    "laxative medicine": ("movicol miralax lactulose senna docusate laxido "),
    "growth factor injection": (
        "neupogen filgrastim neulasta pegfilgrastim gcsf g-csf zarzio accofil "
    ),
    "chemotherapy": (
        "vincristine methotrexate mercaptopurine 6-mp 6mp cytarabine doxorubicin "
        "daunorubicin cyclophosphamide ifosfamide etoposide cisplatin carboplatin "
        "asparaginase pegaspargase oncaspar imatinib temozolomide blinatumomab dasatinib "
        "nelarabine thioguanine paclitaxel taxol docetaxel taxotere epirubicin capecitabine "
        "xeloda fluorouracil 5-fu gemcitabine eribulin halaven oxaliplatin irinotecan folfox "
        "folfiri vinorelbine "
    ),
    "prescribed mouthwash": ("chlorhexidine corsodyl caphosol difflam benzydamine gelclair "),
    "stomach acid medicine": (
        "omeprazole lansoprazole esomeprazole pantoprazole ranitidine famotidine gaviscon ppi "
    ),
    "anti-diarrhoea medicine": ("loperamide imodium "),
    "blood thinner injection": ("enoxaparin clexane dalteparin fragmin tinzaparin heparin "),
    "anxiety or sleep medicine": (
        "lorazepam ativan diazepam valium midazolam melatonin zopiclone "
    ),
    # Adult breast and other cancers (the NCI drug dictionary's targeted and hormone classes).
    "targeted therapy": (
        "herceptin trastuzumab pertuzumab perjeta phesgo kadcyla enhertu ibrance palbociclib "
        "kisqali ribociclib verzenio abemaciclib olaparib lynparza keytruda pembrolizumab "
        "opdivo nivolumab avastin bevacizumab rituximab "
    ),
    "hormone therapy": (
        "tamoxifen letrozole femara anastrozole arimidex exemestane aromasin fulvestrant "
        "faslodex zoladex goserelin "
    ),
}

_NAME_TO_CLASS = {name: cls for cls, names in CLASSES.items() for name in names.split()}
# The form or generic noun after a name goes with it ("the neulasta shot", "the dex tablets"):
# the class already says what it is, and "growth factor injection injections" reads worse.
_FORM = (
    r"(?:\s+(?:shots?|injections?|jabs?|tablets?|pills?|meds|medicines?|medication|drops|liquid|"
    r"syrup|mouthwash|mouth\s+wash|sachets?))?"
)
# Any medicine name of ``CLASSES``, longest first (also read by ``rules.misinformation``).
NAME = "|".join(re.escape(n) for n in sorted(_NAME_TO_CLASS, key=len, reverse=True))
_NAMES = re.compile(r"\b(?:" + NAME + r")\b" + _FORM)


def by_class(sentence: str) -> str:
    """The (lower-case, normalised) sentence with each medicine name replaced by its class."""
    return _NAMES.sub(lambda m: _NAME_TO_CLASS[m.group().split()[0]], sentence)

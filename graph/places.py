"""Places and languages as data: nationality adjectives, country names and their aliases, language
names. Lower-cased keys; the extractor looks words up after case folding. Split from
:mod:`graph.lexicon`, which holds the rest of the extraction vocabulary.
"""

from __future__ import annotations

# Nationality adjectives -> country names.
DEMONYMS: dict[str, str] = {
    "american": "United States", "british": "United Kingdom", "english": "United Kingdom",
    "scottish": "United Kingdom", "welsh": "United Kingdom", "irish": "Ireland",
    "canadian": "Canada", "australian": "Australia", "new zealand": "New Zealand",
    "french": "France", "german": "Germany", "west german": "West Germany",
    "east german": "East Germany", "italian": "Italy", "spanish": "Spain",
    "portuguese": "Portugal", "dutch": "Netherlands", "belgian": "Belgium", "swiss": "Switzerland",
    "austrian": "Austria", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "icelandic": "Iceland", "polish": "Poland", "czech": "Czech Republic",
    "czechoslovak": "Czechoslovakia", "slovak": "Slovakia", "hungarian": "Hungary",
    "romanian": "Romania", "bulgarian": "Bulgaria", "greek": "Greece", "turkish": "Turkey",
    "russian": "Russia", "soviet": "Soviet Union", "ukrainian": "Ukraine", "serbian": "Serbia",
    "croatian": "Croatia", "yugoslav": "Yugoslavia", "japanese": "Japan", "chinese": "China",
    "hong kong": "Hong Kong", "taiwanese": "Taiwan", "south korean": "South Korea",
    "korean": "South Korea", "north korean": "North Korea", "indian": "India",
    "pakistani": "Pakistan", "iranian": "Iran", "israeli": "Israel", "egyptian": "Egypt",
    "lebanese": "Lebanon", "thai": "Thailand", "vietnamese": "Vietnam", "filipino": "Philippines",
    "indonesian": "Indonesia", "malaysian": "Malaysia", "singaporean": "Singapore",
    "mexican": "Mexico", "brazilian": "Brazil", "argentine": "Argentina",
    "argentinian": "Argentina", "chilean": "Chile", "colombian": "Colombia", "peruvian": "Peru",
    "cuban": "Cuba", "south african": "South Africa", "nigerian": "Nigeria", "senegalese": "Senegal",
    "luxembourgish": "Luxembourg", "estonian": "Estonia", "latvian": "Latvia",
    "lithuanian": "Lithuania", "georgian": "Georgia",
    "uruguayan": "Uruguay", "venezuelan": "Venezuela", "ecuadorian": "Ecuador", "bolivian": "Bolivia",
    "paraguayan": "Paraguay", "ghanaian": "Ghana", "kenyan": "Kenya", "bosnian": "Bosnia and Herzegovina",
    "slovenian": "Slovenia", "slovene": "Slovenia", "armenian": "Armenia", "bangladeshi": "Bangladesh",
    "sri lankan": "Sri Lanka", "nepali": "Nepal", "nepalese": "Nepal", "moroccan": "Morocco",
    "tunisian": "Tunisia", "algerian": "Algeria", "ethiopian": "Ethiopia", "macedonian": "North Macedonia",
    "albanian": "Albania", "kazakh": "Kazakhstan", "mongolian": "Mongolia", "afghan": "Afghanistan",
    "iraqi": "Iraq", "syrian": "Syria", "jordanian": "Jordan", "palestinian": "Palestine",
    "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "qatari": "Qatar", "belarusian": "Belarus",
    "cypriot": "Cyprus", "maltese": "Malta",
}
COUNTRIES = frozenset(DEMONYMS.values()) | {"United States of America", "UK", "US", "USA", "Britain", "Great Britain"}
COUNTRY_ALIASES: dict[str, str] = {
    "us": "United States", "usa": "United States", "u.s.": "United States",
    "united states of america": "United States", "uk": "United Kingdom", "u.k.": "United Kingdom",
    "britain": "United Kingdom", "great britain": "United Kingdom",
}

LANGUAGES = frozenset(
    """english japanese french german italian spanish portuguese dutch swedish norwegian danish
    finnish icelandic polish czech slovak hungarian romanian bulgarian greek turkish russian
    ukrainian serbian croatian chinese mandarin cantonese korean hindi urdu tamil telugu bengali
    persian arabic hebrew thai vietnamese tagalog indonesian malay latin esperanto yiddish
    catalan basque galician welsh irish swahili zulu afrikaans""".split()
) | {"american sign language", "brazilian portuguese"}

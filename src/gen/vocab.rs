//! Invented words for generated documents: names, parties, posts, topics and sentence
//! pieces. No text here comes from a real Kamervraag; party short names, role words,
//! ministry portfolios and official topic names are the public vocabulary of the format.

/// Invented first names (some with diacritics, one outside Windows-1252).
pub const FIRST_NAMES: &[&str] = &[
    "Marit",
    "Joost",
    "Femke",
    "Sander",
    "Noor",
    "Thijs",
    "Ilse",
    "Bram",
    "Anouk",
    "Wessel",
    "Lotte",
    "Ruben",
    "Sanne",
    "Daan",
    "Eline",
    "Gijs",
    "Maaike",
    "Pieter",
    "Yara",
    "Koen",
    "Zoë",
    "Joëlle",
    "Hüseyin",
    "Chloë",
    "René",
    "Ayşe",
    "Jan Willem",
    "Anne-Fleur",
];

/// Invented surnames, with and without particles.
pub const SURNAMES: &[&str] = &[
    "Zonneveld",
    "van Dalen",
    "de Wit-Hoogland",
    "Verhoeckx",
    "Brinkhorst",
    "El Amrani",
    "van der Meulen",
    "Tjalsma",
    "Hoekema",
    "Kartosen-Bleeker",
    "ter Horst",
    "Oudemans",
    "van 't Riet",
    "Bakkenes",
    "Dijkgraaf-Loos",
    "Yılmazer",
    "Wijnstra",
    "de Ruijter",
    "Scholtens",
    "Mahabier",
];

/// Party short names as they appear in parentheses, including unusual ones.
pub const PARTIES: &[&str] = &[
    "VVD",
    "D66",
    "CDA",
    "PvdA",
    "GL",
    "SP",
    "CU",
    "SGP",
    "PVV",
    "PvdD",
    "BBB",
    "NSC",
    "JA21",
    "DENK",
    "Volt",
    "GroenLinks-PvdA",
    "BVNL",
    "Lid-Tamminga",
    "Lid Verbeek",
];

/// Role words of ministers, in the form used inside the parentheses.
pub const ROLES: &[&str] = &[
    "minister",
    "minister",
    "minister",
    "staatssecretaris",
    "minister zonder portefeuille",
    "minister-president",
    "viceminister-president",
];

/// Ministry portfolios (lower case, as openkamer prints them).
pub const PORTFOLIOS: &[&str] = &[
    "buitenlandse zaken",
    "volksgezondheid, welzijn en sport",
    "justitie en veiligheid",
    "binnenlandse zaken en koninkrijksrelaties",
    "onderwijs, cultuur en wetenschap",
    "infrastructuur en waterstaat",
    "financiën",
    "defensie",
    "sociale zaken en werkgelegenheid",
    "economische zaken en klimaat",
    "landbouw, natuur en voedselkwaliteit",
    "asiel en migratie",
    "algemene zaken",
    "veiligheid en justitie",
];

/// Official topic names (as seen in real `Onderwerpen` lines), lower case.
pub const TOPICS: &[&str] = &[
    "arbeidsomstandigheden",
    "belasting",
    "bestuur",
    "burgerlijk recht",
    "criminaliteit",
    "cultuur",
    "cultuur en recreatie",
    "de nederlandse antillen en aruba",
    "defensie",
    "economie",
    "ethiek",
    "europese zaken",
    "financiën",
    "geneesmiddelen en medische hulpmiddelen",
    "gemeenten",
    "gezin en kinderen",
    "gezondheidsrisico's",
    "handel",
    "immigratie",
    "industrie",
    "inkomensbeleid",
    "internationaal",
    "internationale samenwerking",
    "jongeren",
    "landbouw",
    "media",
    "migratie en integratie",
    "militaire missies",
    "natuur en milieu",
    "onderwijs en wetenschap",
    "ontwikkelingssamenwerking",
    "openbare orde en veiligheid",
    "organisatie en beleid",
    "ouderen",
    "overige economische sectoren",
    "parlement",
    "planten",
    "politie, brandweer en hulpdiensten",
    "provincies",
    "recht",
    "religie",
    "sociale zekerheid",
    "spoor",
    "sport",
    "staatsrecht",
    "staatsveiligheid",
    "terrorisme",
    "verkeer",
    "weg",
    "werk",
    "ziekten en behandelingen",
    "zorg en gezondheid",
];

/// Subjects for titles and questions.
pub const SUBJECTS: &[&str] = &[
    "de wachttijden bij de jeugdzorg in Drenthe",
    "het sluiten van de veerdienst naar Schiermonnikoog",
    "de tekorten aan leraren in het speciaal onderwijs",
    "de export van drones naar conflictgebieden",
    "het lekken van persoonsgegevens bij gemeenten",
    "de sluiting van de spoedeisende hulp in Tiel",
    "de uitstoot van stikstof rond de Veluwe",
    "de veiligheid van fietsers op provinciale wegen",
    "de vertraagde uitkering van de energietoeslag",
    "de positie van journalisten in Wit-Rusland",
    "het tekort aan opvangplekken in Ter Apel",
    "de hoge huren in studentensteden",
    "de naleving van sancties tegen Rusland",
    "het gebruik van algoritmes door de Belastingdienst",
    "de brandveiligheid van parkeergarages",
    "de kosten van het Covid-19 testbeleid",
    "de verzilting van landbouwgrond in Zeeland",
    "de vervolging van mensenrechtenverdedigers in Iran",
];

/// Invented newspapers and sources for footnotes and headlines.
pub const SOURCES: &[&str] = &[
    "Dagblad Noordkust",
    "Nieuwsblad Oost",
    "De Haagse Post-Courant",
    "Omroep Zuidwest",
    "Het Rivierenblad",
    "Weekblad De Kern",
];

/// Invented headlines (quoted in titles and first questions).
pub const HEADLINES: &[&str] = &[
    "Wachtlijst jeugdzorg groeit opnieuw",
    "Veerdienst stopt per 1 januari",
    "Scholen zoeken wanhopig naar leraren",
    "Drones belanden op het slagveld",
    "Gemeente lekt duizenden adressen",
    "Spoedpost gaat ’s nachts dicht",
    "Boeren vrezen nieuwe regels",
    "Fietspad blijkt levensgevaarlijk",
    "Toeslag komt maanden te laat",
    "Journalist opgepakt in Minsk",
    "Huurders betalen de hoofdprijs",
    "Algoritme wees vooral ouders aan",
];

/// Openings of follow-up questions; a subject follows.
pub const QUESTION_OPENINGS: &[&str] = &[
    "Hoeveel mensen zijn getroffen door",
    "Wat is uw oordeel over",
    "Welke maatregelen neemt u tegen",
    "Sinds wanneer bent u op de hoogte van",
    "Bent u bereid in gesprek te gaan over",
    "Kunt u aangeven welke kosten gemoeid zijn met",
    "Deelt u de mening dat er snel iets moet gebeuren aan",
    "Hoe verhoudt zich uw eerdere toezegging tot",
];

/// Closing parts of follow-up questions.
pub const QUESTION_CLOSINGS: &[&str] = &[
    "?",
    "? Zo nee, waarom niet?",
    "? Kunt u dit toelichten?",
    "? Welke stappen zet u op korte termijn?",
    ", en wanneer informeert u de Kamer hierover?",
];

/// Answer sentences (each starts with a capital letter, none starts like a label).
pub const ANSWER_SENTENCES: &[&str] = &[
    "Het kabinet deelt de zorgen over deze ontwikkeling.",
    "Op dit moment lopen hierover gesprekken met de betrokken partijen.",
    "Er zijn mij geen cijfers bekend over het aantal gevallen in 2023.",
    "De toezichthouder onderzoekt de kwestie en rapporteert voor de zomer.",
    "Daarnaast heb ik de provincie gevraagd om een nadere toelichting.",
    "Het budget hiervoor is vastgelegd in de begroting voor 2025.",
    "Ik verwijs u naar mijn brief van 14 maart 2024 (Kamerstuk 12 345, nr. 67).",
    "Zoals eerder gemeld, is de uitvoering hiervan een taak van de gemeenten.",
    "Ook in Europees verband vraagt Nederland aandacht voor dit onderwerp.",
    "Waar nodig worden aanvullende maatregelen genomen, bijvoorbeeld via de GGD’s.",
    "Mijn ministerie volgt de ontwikkelingen nauwgezet en blijft in contact met de sector.",
    "Een evaluatie van de regeling volgt in het voorjaar; de resultaten deel ik met uw Kamer.",
    "Bij de afweging wordt gekeken naar de «proportionaliteit» van de maatregel.",
    "Een bedrag van € 2,5 miljoen is daarvoor beschikbaar gesteld.",
];

/// Short answers that make up a whole paragraph.
pub const SHORT_ANSWERS: &[&str] = &["Ja.", "Nee.", "Ja", "Ja, daarmee ben ik bekend."];

/// Texts of postponement notices (the notice line).
pub const NOTICE_TEXTS: &[&str] = &[
    "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord, omdat voor de beantwoording afstemming met andere departementen nodig is.",
    "Helaas is het niet mogelijk de vragen binnen de termijn van drie weken te beantwoorden. Ik streef ernaar de antwoorden zo spoedig mogelijk aan uw Kamer te sturen.",
    "De beantwoording vergt meer tijd vanwege de benodigde informatie van uitvoeringsorganisaties.",
];

/// Page navigation text that a browser copy can carry before the page content.
pub const NAVIGATION_BEFORE: &[&str] = &[
    "Open Kamer",
    "Home Kamerleden Partijen Kamervragen Wetsvoorstellen",
    "Zoeken",
];

/// Page navigation text that a browser copy can carry after the page content.
pub const NAVIGATION_AFTER: &[&str] = &[
    "Over Open Kamer",
    "Contact Privacy Broncode",
    "Data van de Tweede Kamer en officielebekendmakingen.nl",
];

/// Invented topic words that are not official topic names (kept as written, with a
/// warning).
pub const UNKNOWN_TOPICS: &[&str] = &["kwantumtechnologie", "dijkbewaking", "zeilvaartbeleid"];

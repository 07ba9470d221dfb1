//! Invented collections for the statistics tests and benchmark: a small deterministic
//! PRNG (SplitMix64) building varied `Kamervraag` values directly — missing dates,
//! notices, several answerers and parties, odd portfolios.

#![allow(dead_code)]

use kamervraag::model::{Date, Kamervraag, Notice, Person, Position};

/// SplitMix64: tiny, deterministic, good enough for test data.
pub struct Rng(u64);

impl Rng {
    /// A generator started from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// One element of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
}

/// The reference date used with generated collections.
pub fn reference_date() -> Date {
    Date::from_ymd(2025, 1, 15).expect("valid date")
}

const PORTFOLIOS: &[(&str, Option<&str>)] = &[
    ("minister", Some("buitenlandse zaken")),
    ("minister zonder portefeuille", Some("buitenlandse zaken")),
    ("minister", Some("justitie en veiligheid")),
    ("staatssecretaris", Some("veiligheid en justitie")),
    ("minister", Some("volksgezondheid, welzijn en sport")),
    ("minister", Some("financiën")),
    ("minister", Some("defensie")),
    ("minister", Some("onderwijs, cultuur en wetenschap")),
    ("minister", Some("infrastructuur en waterstaat")),
    ("minister", Some("economische zaken en klimaat")),
    (
        "minister",
        Some("buitenlandse handel en ontwikkelingssamenwerking"),
    ),
    ("minister", Some("maanbeleid en sterrenkunde")),
    ("minister-president", None),
    ("viceminister-president", None),
    ("minister", None),
    ("minister", Some(" ")),
];

const ANSWERERS: &[&str] = &[
    "Berend Buiten",
    "Fien Fiscus",
    "Jan Recht",
    "Vic Zorg",
    "Olga Ontwikkel",
    "Kees",
];
const MEMBERS: &[&str] = &[
    "Anna Aap",
    "Piet Pan",
    "Karel Kool",
    "Vera Vos",
    "Ties Tol",
    "Mo Meel",
    "Lotte Lint",
];
const PARTIES: &[Option<&str>] = &[
    Some("VVD"),
    Some("CDA"),
    Some("D66"),
    Some("CU"),
    Some("GroenLinks-PvdA"),
    Some("Lid-Tester"),
    None,
];
const TOPICS: &[&str] = &[
    "internationaal",
    "zorg en gezondheid",
    "organisatie en beleid",
    "politie, brandweer en hulpdiensten",
    "onderwijs en wetenschap",
];

/// One invented document.
pub fn document(rng: &mut Rng, index: usize) -> Kamervraag {
    let start = Date::from_ymd(2001, 1, 1).expect("valid date");
    let submitted = if rng.chance(96) {
        Some(start.add_days(rng.below(24 * 366) as i64))
    } else {
        None
    };
    let answered_after = if rng.chance(82) {
        Some(match rng.below(10) {
            0 => 0,
            1..=4 => rng.below(22),
            5..=7 => 15 + rng.below(40),
            _ => rng.below(400),
        } as i64)
    } else {
        None
    };
    let answered = match (submitted, answered_after) {
        (Some(s), Some(days)) => Some(s.add_days(days)),
        (None, Some(days)) => Some(start.add_days(days * 20)),
        _ => None,
    };
    let delay_days = match (submitted, answered) {
        (Some(s), Some(a)) if rng.chance(70) => Some(s.days_until(a)),
        _ => None,
    };
    let notices = (0..match rng.below(10) {
        0..=6 => 0,
        7 | 8 => 1,
        _ => 2,
    })
        .map(|_| Notice {
            date: submitted
                .filter(|_| rng.chance(90))
                .map(|s| s.add_days(10 + rng.below(30) as i64)),
            text: "Uitstel".into(),
        })
        .collect();
    let answerers = (0..rng.below(4))
        .map(|_| Person {
            name: rng.pick(ANSWERERS).to_string(),
            party: rng.pick(PARTIES).map(str::to_string),
            positions: (0..rng.below(3))
                .map(|_| {
                    let (role, portfolio) = rng.pick(PORTFOLIOS);
                    Position {
                        role: role.to_string(),
                        portfolio: portfolio.map(str::to_string),
                    }
                })
                .collect(),
        })
        .collect();
    let submitters = (0..rng.below(4))
        .map(|_| Person {
            name: rng.pick(MEMBERS).to_string(),
            party: rng.pick(PARTIES).map(str::to_string),
            positions: Vec::new(),
        })
        .collect();
    let topics = (0..rng.below(4))
        .map(|_| rng.pick(TOPICS).to_string())
        .collect();
    Kamervraag {
        id: Some(format!("2099Z{index:05}")),
        submitted,
        answered,
        delay_days,
        notices,
        answerers,
        submitters,
        topics,
        ..Kamervraag::default()
    }
}

/// `count` invented documents from `seed`.
pub fn collection(seed: u64, count: usize) -> Vec<Kamervraag> {
    let mut rng = Rng::new(seed);
    (0..count).map(|i| document(&mut rng, i)).collect()
}

/// Titles, honorifics and ranks that precede a person's name and say nothing
/// about who the person is. Written in their romanized, lowercase form.
enum Titles {
  static let all: Set<String> = [
    "mr", "mrs", "ms", "miss", "mister", "madam", "madame", "mme", "mlle", "monsieur", "herr", "frau",
    "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "hon", "honorable", "honourable",
    "rev", "reverend", "father", "fr", "bishop", "archbishop", "cardinal", "pastor", "rabbi",
    "sheikh", "shaikh", "sheik", "shaykh", "shayk", "cheikh", "sheykh",
    "haji", "hajji", "hadji", "haj", "hajj", "alhaj", "alhaji", "alhajji",
    "mullah", "mulla", "molla", "mollah", "maulana", "mawlana", "moulana", "maulvi", "mawlawi", "mawlavi",
    "moulvi", "imam", "ayatollah", "ayatullah", "hojatoleslam", "hojjatoleslam", "mufti", "qari", "hafiz",
    "sayyed", "sayed", "syed", "seyed", "seyyed", "sayyid",
    "general", "gen", "lieutenant", "lt", "ltgen", "colonel", "col", "ltcol", "major", "maj", "captain",
    "capt", "cpt", "commander", "cmdr", "admiral", "adm", "brigadier", "brig", "sergeant", "sgt",
    "marshal", "corporal", "cpl", "private", "pvt", "officer", "commandant", "comandante",
    "president", "vice", "minister", "deputy", "senator", "sen", "governor", "gov", "mayor",
    "ambassador", "amb", "judge", "justice", "prince", "princess", "king", "queen", "emir", "sultan",
    "his", "her", "excellency", "he", "eng", "engineer", "ing", "ir", "drs", "phd", "md", "esq",
    "jr", "sr", "junior", "senior", "gospodin", "gospozha", "tovarishch",
    // In other languages (romanized)
    "presidente", "praesident", "prasident", "prezident", "prezydent", "prezidente", "rais", "raees",
    "alrais", "alryys", "alrayis", "polkovnik", "polkovnyk", "podpolkovnik", "leytenant", "kapitan", "generaal",
    "generale", "ministre", "ministro", "ministr", "senador", "gouverneur", "gobernador", "docteur", "doktor",
    "dott", "ingeniero", "licenciado", "lic", "senor", "senora", "signor", "signora", "monseigneur", "pan",
    "pani", "oberst", "hauptmann", "sheikha", "shaikha", "mudir", "wazir", "vazir",
  ]

  /// Titles that are also common given names or name parts: ignored only
  /// when they lead a name of at least three parts.
  static let ambiguous: Set<String> = [
    "sayyid", "sayed", "sayyed", "syed", "seyed", "seyyed", "emir", "sultan", "king", "prince",
    "major", "general", "private", "judge", "justice", "hafiz", "qari", "imam", "father", "he", "her", "his",
    "ir", "ing", "sen", "gov", "brig", "col", "vice", "deputy", "officer", "pan", "pani", "lic",
    "rais", "wazir", "vazir", "mudir",
  ]

  /// Titles written in Arabic script (Arabic, Persian, Urdu), as letter
  /// codes (`AbjadLetters`, so vowel marks and spelling variants of `ی`/`ي`
  /// do not matter): Mr and Mrs (`السيد`, `السيدة`, `جناب`, `آقای`,
  /// `خانم`), Miss, Professor, Doctor, Engineer, Sheikh, Hajji, clerical ranks.
  static let arabicScript: Set<[UInt8]> = Set(
    [
      "السيد", "السيدة", "الأستاذ", "الاستاذ", "الأستاذة", "الاستاذة", "الآنسة", "الانسة", "الدكتور", "الدكتورة",
      "المهندس", "المهندسة", "الشيخ", "الشيخة", "الحاج", "الحاجة", "جناب", "آقای", "آقاى", "خانم", "سرکار", "دکتر",
      "مهندس", "استاد", "حجت‌الاسلام", "آیت‌الله", "مولانا", "مولوی", "ملا", "سيد", "شيخ", "حاج", "حاجی", "آقا",
    ].map(AbjadLetters.codes(of:)).filter { !$0.isEmpty })

  /// Of those, the ones that are also name parts (`Sayyid`, `Agha`, `Haji`):
  /// ignored only when they lead a name of at least three parts.
  static let arabicScriptAmbiguous: Set<[UInt8]> = Set(
    ["السيد", "سيد", "شيخ", "حاج", "حاجی", "آقا", "خانم", "الشيخ", "الحاج"].map(AbjadLetters.codes(of:)))
}

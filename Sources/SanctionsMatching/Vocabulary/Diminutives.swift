/// Familiar forms of given names (`Sasha` for `Aleksandr`, `Bill` for
/// `William`): each agrees with its full name and that name's forms in other
/// languages. Written from knowledge of Russian, Ukrainian, English and other
/// European naming; never learned from list files.
enum Diminutives {
  /// A full name (as in `GivenNameEquivalents.groups`, or a name of its own
  /// group) and its familiar forms.
  static let forms: [(full: String, familiar: [String])] = [
    // Russian, Ukrainian, Belarusian
    ("aleksandr", ["sasha", "sashka", "shura", "sanya", "alex", "alik"]),
    ("aleksey", ["lyosha", "alyosha", "lesha", "alesha"]),
    ("anatoly", ["tolya", "tolik"]),
    ("andrey", ["andryusha", "andryukha"]),
    ("boris", ["borya"]),
    ("vadim", ["vadik"]),
    ("valery", ["valera"]),
    ("vasily", ["vasya"]),
    ("viktor", ["vitya"]),
    ("vitaly", ["vitalik"]),
    ("vladimir", ["volodya", "vova", "vovka"]),
    ("vyacheslav", ["slava"]),
    ("gennady", ["gena", "genya"]),
    ("georgy", ["zhora", "gosha", "yura"]),
    ("grigory", ["grisha"]),
    ("dmitry", ["dima", "mitya"]),
    ("evgeny", ["zhenya"]),
    ("ivan", ["vanya"]),
    ("kirill", ["kirya"]),
    ("mikhail", ["misha", "mishka", "mike", "mick", "mickey", "mikey"]),
    ("nikolay", ["kolya", "nick", "nicky", "nico"]),
    ("pavel", ["pasha"]),
    ("sergey", ["seryozha", "serezha", "seryoga"]),
    ("maria", ["masha", "manya", "mariya"]),
    ("natalia", ["natasha", "nata"]),
    // English and other European names
    ("william", ["bill", "billy", "will", "willy", "willie", "liam"]),
    ("robert", ["bob", "bobby", "rob", "robbie", "bert"]),
    ("richard", ["dick", "rick", "ricky", "rich", "richie"]),
    ("james", ["jim", "jimmy", "jamie"]),
    ("john", ["jack", "johnny", "jon"]),
    ("anthony", ["tony"]),
    ("thomas", ["tom", "tommy"]),
    ("iosif", ["joe", "joey"]),
    ("david", ["dave", "davy"]),
    ("christopher", ["chris", "kit"]),
    ("stephen", ["steve", "stevie", "steven"]),
    ("charles", ["charlie", "chuck"]),
    ("edward", ["ed", "eddie", "ted", "teddy", "ned"]),
    ("lawrence", ["larry"]),
    ("henry", ["harry", "hank"]),
    ("samuel", ["sam", "sammy"]),
    ("benjamin", ["benji", "benny"]),
    ("daniel", ["danny"]),
    ("matthew", ["matt"]),
    ("patrick", ["paddy", "pat"]),
    ("elizabeth", ["liz", "lizzie", "beth", "betty", "eliza"]),
    ("katherine", ["kate", "katie", "kathy", "cathy"]),
    ("margaret", ["maggie", "meg", "peggy"]),
    ("susan", ["sue", "susie"]),
    ("francisco", ["paco", "pancho", "curro"]),
    ("jose", ["pepe"]),
    ("giuseppe", ["beppe", "peppe"]),
  ]
}

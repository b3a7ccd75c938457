/// Given names that are one name across languages and romanizations
/// (`Sergey`/`Serhiy`/`Siarhei`, `Pavel`/`Pavlo`/`Paul`, `Muhammad`/`Magomed`),
/// and the patronymics formed from them (`Nikolaevich`/`Mykolayovych`/
/// `Mikalaevich`). Written from knowledge of Slavic, Arabic and European
/// naming; never learned from list files.
enum GivenNameEquivalents {
  static let groups: [[String]] = [
    ["aleksandr", "alexander", "alexandr", "aleksander", "oleksandr", "olexandr", "aliaksandr", "alyaksandr", "alexandre", "alejandro", "alessandro", "aleksandar", "alexandros"],
    ["aleksey", "alexey", "alexei", "aleksei", "alexej", "aleksej", "oleksiy", "oleksii", "olexiy", "aliaksei", "aliaksey", "alyaksey", "alyaksei"],
    ["anatoly", "anatoliy", "anatolii", "anatolij", "anatol", "anatoli"],
    ["andrey", "andrei", "andrej", "andriy", "andrii", "andrew", "andrzej", "andreas", "andres", "andre"],
    ["boris", "barys"],
    ["vadim", "vadym", "vadzim"],
    ["valery", "valeriy", "valerii", "valerij", "valeri", "valeryi"],
    ["vasily", "vasiliy", "vasilii", "vasilij", "vasili", "vasyl", "vasil", "vasilj", "vasil"],
    ["viktor", "victor", "wiktor", "viktar"],
    ["vitaly", "vitaliy", "vitalii", "vitalij", "vitali", "vital"],
    ["vladimir", "volodymyr", "uladzimir", "wladimir", "vladimer", "wlodzimierz", "vladimiro"],
    ["vladislav", "vladyslav", "uladzislau", "wladyslaw", "uladzislav"],
    ["vyacheslav", "viacheslav", "vyachaslau", "viachaslau", "wiaczeslaw"],
    ["gennady", "gennadiy", "gennadii", "gennadij", "hennadiy", "hennadii", "henadz", "genadz", "gennadi"],
    ["georgy", "georgiy", "georgii", "georgij", "heorhiy", "heorhii", "george", "jorge", "georg", "georges", "giorgi", "gheorghe", "georgios"],
    ["grigory", "grigoriy", "grigorii", "grigorij", "hryhoriy", "hryhorii", "ryhor", "rygor", "gregory", "grzegorz", "grigor", "grigori"],
    ["dmitry", "dmitriy", "dmitrii", "dmitrij", "dmitri", "dmytro", "dzmitry", "dzmitryi", "dimitri", "dimitry", "dimitrios"],
    ["evgeny", "evgeniy", "evgenii", "evgenij", "yevgeny", "yevgeniy", "yevgenii", "yevhen", "yevhenii", "yauhen", "eugene", "evgeni", "jevgenij", "ievgen", "ievgenii"],
    ["ivan", "iwan", "yvan"],
    ["igor", "ihor"],
    ["ilya", "illia", "illya", "ilia", "ilja", "ilyas", "ilias", "elias"],
    ["iosif", "yosyp", "joseph", "josef", "jozef", "jose", "giuseppe", "yosef", "josip"],
    ["kirill", "kyrylo", "kiryl", "cyril", "kiril"],
    ["konstantin", "kostiantyn", "kostyantyn", "kanstantsin", "constantine", "constantin", "konstantinos"],
    ["leonid", "leanid"],
    ["maksim", "maxim", "maksym", "maxime", "maksimilian"],
    ["mikhail", "mykhailo", "mykhaylo", "michael", "michal", "mikhal", "miguel", "michel", "michele", "mikael", "mikail", "mihail", "mihai", "mikheil", "mikhael"],
    ["nikolay", "nikolai", "mykola", "mikalai", "mikalay", "mikola", "nicholas", "nicolas", "nikolaos", "nicola", "nicolae", "mikolaj", "nikola", "niccolo"],
    ["oleg", "oleh", "aleh"],
    ["pavel", "pavlo", "paval", "paul", "pawel", "pablo", "paolo", "paulo", "pavle"],
    ["petr", "pyotr", "petro", "piotr", "peter", "pierre", "pedro", "pietro", "petar", "piatro", "pyatro"],
    ["roman", "raman"],
    ["sergey", "sergei", "serhiy", "serhii", "sergii", "sergiy", "siarhei", "siarhey", "sergej", "serge", "sergio", "serhei", "sergiu"],
    ["stanislav", "stanislau", "stanislaw"],
    ["stepan", "stsiapan", "stefan", "stephen", "steven", "esteban", "stephane", "stepane"],
    ["fedor", "fyodor", "fiodor", "fedir", "fiodar", "feodor", "theodore", "teodor", "todor", "fyodar"],
    ["yakov", "yakiv", "jakov", "jacob", "jakob", "yaakov", "yaqub", "yakub", "yacoub", "yaqoob", "jakub"],
    ["yury", "yuriy", "yurii", "yurij", "yuri", "iurii", "juri", "jurij", "yurii", "yuryi"],
    ["yaroslav", "yaraslau", "jaroslav", "jaroslaw"],
    ["arkady", "arkadiy", "arkadii", "arkadz", "arkadi"],
    ["artem", "artyom", "artiom", "artsiom", "artem"],
    ["denis", "denys", "dzianis", "dennis"],
    ["egor", "yegor", "yahor", "jegor"],
    ["matvey", "matviy", "matsvei", "matthew", "matvei"],
    ["nikita", "mykyta"],
    ["semyon", "semen", "simon", "siamion", "semion"],
    ["timofey", "tymofiy", "tsimafei", "timothy", "timofei"],
    ["filipp", "pylyp", "filip", "philip", "phillip", "felipe", "philippe"],
    ["mikhail"],
    ["ekaterina", "yekaterina", "kateryna", "katsiaryna", "katerina", "catherine", "katarzyna", "yekaterina"],
    ["elena", "yelena", "olena", "alena", "helena", "jelena", "yalena"],
    ["tatiana", "tatyana", "tetiana", "tetyana", "tatsiana", "tatsyana", "tatjana"],
    ["natalia", "natalya", "nataliya", "natallia", "natalie", "nataliia"],
    ["olga", "olha", "volha"],
    ["irina", "iryna"],
    ["svetlana", "svitlana", "sviatlana"],
    ["lyudmila", "liudmyla", "liudmila", "ludmila", "lyudmyla", "ludmilla"],
    ["anna", "hanna", "ganna"],
    ["maria", "mariya", "mariia", "mary", "marie", "marija", "maryia"],
    ["yulia", "yuliya", "yuliia", "julia", "yulija", "julija", "iuliia"],
    ["nadezhda", "nadiya", "nadzeya"],
    ["valentina", "valentyna", "valiantsina"],
    ["galina", "halyna", "halina"],
    ["larisa", "larysa"],
    // Arabic and Muslim names
    ["muhammad", "mohammad", "mohammed", "muhammed", "mohamed", "mohamad", "muhamad", "mohd", "mohamud", "muhammadu", "mehmet", "mehmed", "mamadou", "mamed", "magomed", "mukhammad", "mukhamed", "mahammad", "muhamed", "mohammod", "muhamed", "mohamoud"],
    ["ahmad", "ahmed", "ahmet", "akhmad", "akhmed", "achmed", "ahmadou"],
    ["mahmud", "mahmoud", "mahmood", "makhmud", "mahmut"],
    ["husayn", "hussein", "husein", "husain", "hussain", "hussien", "hossein", "hosein", "huseyn", "huseyin", "gusein", "hussayn", "husseyn"],
    ["hasan", "hassan", "khasan", "gasan", "hassane"],
    ["umar", "omar", "omer", "oumar", "umer"],
    ["uthman", "othman", "osman", "usman", "usmon", "othmane", "uthmaan"],
    ["abdullah", "abdallah", "abdulla", "abdollah", "abdalla", "abdoulah", "abdulah"],
    ["yusuf", "yousef", "youssef", "yousif", "yusif", "yussuf", "yousuf", "jusuf", "yusup", "yusuff", "yousuf"],
    ["ibrahim", "ebrahim", "ibragim", "brahim", "ibrahima", "ebraheem", "ibraheem"],
    ["ismail", "ismael", "esmail", "ismayil", "ismoil", "ismaeel"],
    ["yahya", "yahia", "yehia", "yahyo", "yahiya"],
    ["khalid", "khaled", "halid", "haled", "xalid", "khaled"],
    ["said", "saeed", "saeid", "saiid", "saied", "sayeed"],
    ["salih", "saleh", "salekh"],
    ["mustafa", "mostafa", "moustafa", "mustapha", "mustafo", "moustapha"],
    ["jafar", "jaafar", "jaffar", "djafar", "dzhafar", "jafer", "jaffer"],
    ["qasim", "kasim", "qassim", "kassem", "kasem", "qasem", "ghasem", "kassim", "qassem"],
    ["musa", "mousa", "moussa", "mussa", "mosa", "mouza"],
    ["isa", "issa", "eisa", "esa"],
    ["abdulrahman", "abdurrahman", "abdelrahman", "abdalrahman", "abderrahmane", "abdurakhman", "abdirahman", "abdulrehman", "abdurehman", "abdelrahmane", "abdourahmane", "abdurahman", "abdulrakhman"],
    ["abdulaziz", "abdelaziz", "abdalaziz", "abdulazeez", "abdulaziz"],
    ["abdulkarim", "abdelkarim", "abdalkarim", "abdulkareem"],
    ["abdulqadir", "abdelkader", "abdulkadir", "abdalqadir", "abdulkader", "abdelqader"],
    ["ayman", "aiman", "aymen"],
    ["usama", "osama", "oussama", "usamah", "osamah"],
    ["yasin", "yassin", "yaseen", "yassine", "yasseen"],
    ["zakaria", "zakariya", "zakariyya", "zakariah", "zakarya"],
    ["sulayman", "suleiman", "sulaiman", "soliman", "suleyman", "sulayman", "slimane", "suleman"],
    ["nasir", "nasser", "naser", "nassir", "nasr"],
    ["jamal", "gamal", "djamal", "jamel", "dzhamal"],
    ["rashid", "rasheed", "rachid", "rashed"],
    ["walid", "waleed", "oualid"],
    ["faisal", "faysal", "feisal", "faycal"],
  ]

  /// Name → group number (from 1); familiar forms (`Diminutives`) join
  /// their full name's group, or a group of their own after the others.
  static let groupOfName: [String: UInt16] = {
    var table: [String: UInt16] = [:]
    for (index, group) in groups.enumerated() {
      for name in group where table[name] == nil { table[name] = UInt16(index + 1) }
    }
    var next = UInt16(groups.count + 1)
    for (full, familiar) in Diminutives.forms {
      let group: UInt16
      if let known = table[full] {
        group = known
      } else {
        group = next
        next += 1
        table[full] = group
      }
      for name in familiar where table[name] == nil { table[name] = group }
    }
    return table
  }()

  /// Name stem (trailing vowels and `y` removed) → group, for patronymics.
  static let groupOfStem: [String: UInt16] = {
    var table: [String: UInt16] = [:]
    for (index, group) in groups.enumerated() {
      for name in group {
        let stem = patronymicStem(ofName: name)
        if stem.count >= 3, table[stem] == nil { table[stem] = UInt16(index + 1) }
      }
    }
    return table
  }()

  static func patronymicStem(ofName name: String) -> String {
    var bytes = Array(name.utf8)
    while let last = bytes.last, PhoneticKeys.isVowel(last) || last == UInt8(ascii: "j") { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Patronymic endings of Russian, Ukrainian and Belarusian, longest first.
  static let patronymicSuffixes: [String] = [
    "iyovych", "iyivna", "yovych", "ovych", "evych", "ivna", "yivna", "ovna", "evna", "avna", "ievna", "yevna",
    "ayevich", "aevich", "yevich", "ievich", "evich", "ovich", "avich", "ich", "ichna",
  ].sorted { $0.count > $1.count }

  /// Whether `long` is `short` with a patronymic ending (`viktorovich` from
  /// `viktor`): a father's name, not a truncation of the person's own.
  static func isPatronymic(_ long: [UInt8], of short: [UInt8]) -> Bool {
    let rest = String(decoding: long.dropFirst(max(0, short.count - 2)), as: UTF8.self)
    return patronymicSuffixes.contains { rest.hasSuffix($0) && long.count - short.count >= $0.utf8.count - 2 }
  }

  /// The equivalence group of a token: a given name's group, or for a
  /// patronymic, its father's-name group with the high bit set.
  static func group(of token: [UInt8]) -> UInt16 {
    let text = String(decoding: token, as: UTF8.self)
    if let group = groupOfName[text] { return group }
    for suffix in patronymicSuffixes where text.hasSuffix(suffix) && text.utf8.count > suffix.utf8.count + 2 {
      let stem = patronymicStem(ofName: String(text.dropLast(suffix.count)))
      if let group = groupOfStem[stem] { return group | 0x8000 }
    }
    return 0
  }
}

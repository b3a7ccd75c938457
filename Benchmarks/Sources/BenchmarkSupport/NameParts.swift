// Small hand-written tables of name parts for the synthetic name generator.
//
// Nothing here comes from a sanctions list: given names are common names of each culture,
// and most surnames are composed from roots and endings so that a million generated names
// have a realistically large vocabulary. Pairs are (Latin spelling, native script).

enum NameParts {
  // MARK: English

  static let englishGivenMale = [
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
    "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
    "Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan",
    "Gary", "Nicholas", "Eric", "Stephen", "Jonathan", "Larry", "Scott", "Frank", "Benjamin", "Samuel",
  ]
  static let englishGivenFemale = [
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
    "Nancy", "Lisa", "Margaret", "Betty", "Sandra", "Ashley", "Dorothy", "Kimberly", "Emily", "Donna",
    "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Laura", "Helen", "Emma",
  ]
  static let englishSurnames = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
    "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis",
    "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams",
    "Baker", "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans",
    "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Cook", "Rogers", "Morgan", "Cooper", "Peterson",
    "Reed", "Bailey", "Bell", "Kelly", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson",
  ]
  static let englishPlaceStarts = [
    "Ash", "Brad", "Brom", "Chat", "Craw", "Dun", "Fair", "Hart", "Hol", "Kings", "Lang", "Mar",
    "Nor", "Ports", "Red", "Rad", "Shel", "Staf", "Stan", "Thorn", "Wal", "Wes", "Whit", "Win",
    "Black", "Brook", "Cal", "Dal", "Elm", "Gold",
  ]
  static let englishPlaceEnds = [
    "ford", "ley", "ton", "field", "wood", "well", "more", "by", "worth", "ham", "combe", "stead",
    "bridge", "wick",
  ]

  // MARK: Spanish

  static let spanishGivenMale = [
    "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Pedro", "Alejandro", "Fernando", "Manuel",
    "Francisco", "Antonio", "Javier", "Ricardo", "Rafael", "Andrés", "Diego", "Sergio", "Raúl", "Óscar",
    "Héctor", "Eduardo", "Roberto", "Pablo", "Ramón", "Joaquín", "Álvaro", "Gustavo", "Iván", "Rubén",
  ]
  static let spanishGivenFemale = [
    "María", "Carmen", "Ana", "Lucía", "Isabel", "Rosa", "Elena", "Sofía", "Laura", "Marta",
    "Cristina", "Patricia", "Teresa", "Beatriz", "Verónica", "Adriana", "Mónica", "Gabriela", "Daniela", "Inés",
  ]
  static let spanishSurnames = [
    "García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres",
    "Flores", "Rivera", "Gómez", "Díaz", "Cruz", "Morales", "Ortiz", "Gutiérrez", "Chávez", "Ramos",
    "Ruiz", "Jiménez", "Mendoza", "Vargas", "Castillo", "Romero", "Herrera", "Medina", "Aguilar", "Vega",
    "Moreno", "Muñoz", "Álvarez", "Castro", "Ortega", "Delgado", "Guerrero", "Navarro", "Domínguez", "Salazar",
    "Rojas", "Cabrera", "Fuentes", "Carrasco", "Contreras", "Espinoza", "Figueroa", "Sandoval", "Valencia", "Zamora",
  ]

  static let spanishPlaceStarts = [
    "Villa", "Monte", "Val", "Castel", "Torre", "Fuente", "Mira", "Peña", "Sierra", "Campo", "Roca", "Casa",
    "Bella", "Alta",
  ]
  static let spanishPlaceEnds = ["nueva", "verde", "alta", "real", "blanca", "mar", "flores", "llana", "hermosa", "vieja"]

  // MARK: German

  static let germanGivenMale = [
    "Hans", "Peter", "Klaus", "Jürgen", "Wolfgang", "Stefan", "Andreas", "Thomas", "Michael", "Uwe",
    "Dieter", "Frank", "Günter", "Horst", "Matthias", "Markus", "Jörg", "Ralf", "Bernd", "Helmut",
  ]
  static let germanGivenFemale = [
    "Sabine", "Ursula", "Monika", "Petra", "Claudia", "Birgit", "Jutta", "Renate", "Karin", "Gabriele",
    "Andrea", "Susanne", "Brigitte", "Heike", "Anja",
  ]
  static let germanSurnames = [
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
    "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier",
  ]
  static let germanStarts = [
    "Alt", "Berg", "Eich", "Feld", "Grün", "Hoch", "Kirch", "Lin", "Mahl", "Ober", "Rosen", "Stein", "Wald",
    "Weiß", "Brand", "Dorn", "Ehren", "Falk", "Gold", "Hasel",
  ]
  static let germanEnds = ["mann", "berger", "hof", "bach", "feld", "hauer", "meier", "ner", "stein", "huber", "hardt", "dorf"]

  // MARK: Russian (Latin, Cyrillic)

  static let russianGivenMale: [(String, String)] = [
    ("Aleksandr", "Александр"), ("Sergey", "Сергей"), ("Dmitry", "Дмитрий"), ("Andrey", "Андрей"),
    ("Aleksey", "Алексей"), ("Ivan", "Иван"), ("Mikhail", "Михаил"), ("Nikolay", "Николай"),
    ("Vladimir", "Владимир"), ("Yevgeny", "Евгений"), ("Oleg", "Олег"), ("Pavel", "Павел"),
    ("Igor", "Игорь"), ("Yury", "Юрий"), ("Viktor", "Виктор"), ("Roman", "Роман"), ("Maksim", "Максим"),
    ("Artem", "Артем"), ("Denis", "Денис"), ("Konstantin", "Константин"), ("Boris", "Борис"),
    ("Gennady", "Геннадий"), ("Anatoly", "Анатолий"), ("Vasily", "Василий"),
  ]
  static let russianGivenFemale: [(String, String)] = [
    ("Anna", "Анна"), ("Yelena", "Елена"), ("Olga", "Ольга"), ("Tatyana", "Татьяна"), ("Natalya", "Наталья"),
    ("Irina", "Ирина"), ("Svetlana", "Светлана"), ("Mariya", "Мария"), ("Yekaterina", "Екатерина"),
    ("Lyudmila", "Людмила"), ("Galina", "Галина"), ("Anastasiya", "Анастасия"),
  ]
  /// Patronymics: (Latin male, Latin female, Cyrillic male, Cyrillic female).
  static let russianPatronymics: [(String, String, String, String)] = [
    ("Aleksandrovich", "Aleksandrovna", "Александрович", "Александровна"),
    ("Sergeyevich", "Sergeyevna", "Сергеевич", "Сергеевна"),
    ("Dmitriyevich", "Dmitriyevna", "Дмитриевич", "Дмитриевна"),
    ("Andreyevich", "Andreyevna", "Андреевич", "Андреевна"),
    ("Ivanovich", "Ivanovna", "Иванович", "Ивановна"),
    ("Mikhaylovich", "Mikhaylovna", "Михайлович", "Михайловна"),
    ("Nikolayevich", "Nikolayevna", "Николаевич", "Николаевна"),
    ("Vladimirovich", "Vladimirovna", "Владимирович", "Владимировна"),
    ("Viktorovich", "Viktorovna", "Викторович", "Викторовна"),
    ("Petrovich", "Petrovna", "Петрович", "Петровна"),
    ("Yuryevich", "Yuryevna", "Юрьевич", "Юрьевна"),
    ("Borisovich", "Borisovna", "Борисович", "Борисовна"),
    ("Olegovich", "Olegovna", "Олегович", "Олеговна"),
    ("Pavlovich", "Pavlovna", "Павлович", "Павловна"),
    ("Vasilyevich", "Vasilyevna", "Васильевич", "Васильевна"),
    ("Anatolyevich", "Anatolyevna", "Анатольевич", "Анатольевна"),
  ]
  static let russianRoots: [(String, String)] = [
    ("Kuz", "Куз"), ("Vol", "Вол"), ("Sok", "Сок"), ("Pet", "Пет"), ("Smir", "Смир"), ("Pop", "Поп"),
    ("Mor", "Мор"), ("Leb", "Леб"), ("Koz", "Коз"), ("Nov", "Нов"), ("Fed", "Фед"), ("Pav", "Пав"),
    ("Sem", "Сем"), ("Gol", "Гол"), ("Bog", "Бог"), ("Orl", "Орл"), ("Mak", "Мак"), ("Nik", "Ник"),
    ("Zhuk", "Жук"), ("Bel", "Бел"), ("Tar", "Тар"), ("Gor", "Гор"), ("Kras", "Крас"), ("Med", "Мед"),
    ("Sob", "Соб"), ("Bar", "Бар"), ("Dan", "Дан"), ("Grom", "Гром"), ("Shu", "Шу"), ("Cher", "Чер"),
    ("Ros", "Рос"), ("Lis", "Лис"), ("Yer", "Ер"), ("Kir", "Кир"), ("Tikh", "Тих"), ("Vor", "Вор"),
    ("Stol", "Стол"), ("Zot", "Зот"),
  ]
  static let russianMiddles: [(String, String)] = [
    ("", ""), ("", ""), ("al", "ал"), ("an", "ан"), ("ar", "ар"), ("en", "ен"), ("il", "ил"), ("ol", "ол"),
    ("ush", "уш"), ("ach", "ач"), ("et", "ет"), ("ikh", "их"),
  ]
  /// Surname endings: (Latin male, Latin female, Cyrillic male, Cyrillic female).
  static let russianEndings: [(String, String, String, String)] = [
    ("ov", "ova", "ов", "ова"), ("ev", "eva", "ев", "ева"), ("in", "ina", "ин", "ина"),
    ("sky", "skaya", "ский", "ская"), ("enko", "enko", "енко", "енко"),
  ]

  // MARK: Arabic (Latin, Arabic)

  static let arabicGivenMale: [(String, String)] = [
    ("Mohammed", "محمد"), ("Ahmed", "أحمد"), ("Ali", "علي"), ("Omar", "عمر"), ("Khalid", "خالد"),
    ("Yusuf", "يوسف"), ("Ibrahim", "إبراهيم"), ("Hassan", "حسن"), ("Hussein", "حسين"), ("Abdullah", "عبد الله"),
    ("Mustafa", "مصطفى"), ("Tariq", "طارق"), ("Samir", "سمير"), ("Walid", "وليد"), ("Faisal", "فيصل"),
    ("Karim", "كريم"), ("Nasser", "ناصر"), ("Hamza", "حمزة"), ("Bilal", "بلال"), ("Jamal", "جمال"),
    ("Saleh", "صالح"), ("Majid", "ماجد"), ("Fahd", "فهد"), ("Sultan", "سلطان"), ("Zayed", "زايد"),
    ("Abdul Rahman", "عبد الرحمن"), ("Abdul Aziz", "عبد العزيز"), ("Mahmoud", "محمود"), ("Adel", "عادل"),
    ("Ziad", "زياد"),
  ]
  static let arabicGivenFemale: [(String, String)] = [
    ("Fatima", "فاطمة"), ("Aisha", "عائشة"), ("Mariam", "مريم"), ("Layla", "ليلى"), ("Noor", "نور"),
    ("Zainab", "زينب"), ("Huda", "هدى"), ("Salma", "سلمى"), ("Amal", "أمل"), ("Rania", "رانيا"),
  ]
  static let arabicFamilyNames: [(String, String)] = [
    ("Al-Rashid", "الرشيد"), ("Al-Hashimi", "الهاشمي"), ("Al-Qahtani", "القحطاني"), ("Al-Otaibi", "العتيبي"),
    ("Al-Shammari", "الشمري"), ("Al-Zahrani", "الزهراني"), ("Al-Harbi", "الحربي"), ("Al-Mutairi", "المطيري"),
    ("Al-Dosari", "الدوسري"), ("Al-Saadi", "السعدي"), ("Al-Tamimi", "التميمي"), ("Al-Masri", "المصري"),
    ("Al-Najjar", "النجار"), ("Haddad", "حداد"), ("Khoury", "خوري"), ("Mansour", "منصور"),
    ("Barakat", "بركات"), ("Darwish", "درويش"), ("Hamdan", "حمدان"), ("Qasim", "قاسم"), ("Salem", "سالم"),
    ("Yassin", "ياسين"), ("Al-Khatib", "الخطيب"), ("Al-Jaburi", "الجبوري"), ("Al-Ansari", "الأنصاري"),
  ]
  /// Consonants for composed family names of the form `Al-CaCiCi` (`الكبيري`).
  static let arabicConsonants: [(String, String)] = [
    ("b", "ب"), ("t", "ت"), ("j", "ج"), ("h", "ح"), ("kh", "خ"), ("d", "د"), ("r", "ر"), ("z", "ز"),
    ("s", "س"), ("sh", "ش"), ("f", "ف"), ("q", "ق"), ("k", "ك"), ("l", "ل"), ("m", "م"), ("n", "ن"),
    ("gh", "غ"),
  ]

  // MARK: Persian (Latin)

  static let persianGivenMale = [
    "Mohammad", "Ali", "Reza", "Hossein", "Mehdi", "Hamid", "Saeed", "Majid", "Amir", "Hassan",
    "Javad", "Farhad", "Behzad", "Dariush", "Kourosh", "Babak", "Mojtaba", "Morteza", "Abbas", "Ehsan",
  ]
  static let persianGivenFemale = [
    "Fatemeh", "Zahra", "Maryam", "Narges", "Shirin", "Parisa", "Leila", "Mahsa", "Nasrin", "Soheila",
  ]
  static let persianRoots = [
    "Rahim", "Karim", "Tehran", "Esfahan", "Shiraz", "Kazem", "Jafar", "Mousav", "Rezai", "Hashem",
    "Sadegh", "Bagher", "Naser", "Akbar", "Ghorban", "Mohseni", "Nour", "Sharif", "Amin", "Yazd",
    "Tabriz", "Kerman", "Najaf", "Safav", "Golestan", "Farah", "Rostam", "Jahan",
  ]
  static let persianEndings = ["i", "zadeh", "pour", "nejad", "far", "an", "ian", "abadi", "khani", "vand"]

  // MARK: Turkish

  static let turkishGivenMale = [
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "Murat", "Emre", "Burak",
    "Yusuf", "Ömer", "Kemal", "Serkan", "Oğuz", "Barış", "Cem", "Tolga", "Volkan", "Uğur",
  ]
  static let turkishGivenFemale = [
    "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Merve", "Özlem", "Gül", "Şule",
  ]
  static let turkishSurnames = [
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
  ]
  static let turkishStarts = [
    "Kara", "Ak", "Demir", "Öz", "Al", "Çelik", "Gök", "Ay", "Er", "Tekin", "Bay", "Yurt", "Toprak",
    "Deniz", "Kartal", "Taş",
  ]
  static let turkishEnds = ["dağ", "can", "han", "oğlu", "taş", "türk", "soy", "er", "kan", "el", "göz", "bey"]

  // MARK: Indian

  static let indianGivenMale = [
    "Rahul", "Amit", "Sanjay", "Vijay", "Rajesh", "Suresh", "Arjun", "Vikram", "Anil", "Deepak",
    "Ramesh", "Manoj", "Sunil", "Ashok", "Prakash", "Karan", "Rohit", "Nikhil", "Aditya", "Harish",
  ]
  static let indianGivenFemale = [
    "Priya", "Anjali", "Sunita", "Pooja", "Neha", "Kavita", "Lakshmi", "Deepika", "Meena", "Rekha",
    "Shalini", "Aarti",
  ]
  static let indianSurnames = [
    "Sharma", "Verma", "Gupta", "Singh", "Kumar", "Patel", "Reddy", "Iyer", "Nair", "Rao",
    "Joshi", "Mehta", "Shah", "Agarwal", "Chatterjee", "Banerjee", "Mukherjee", "Pillai", "Menon", "Desai",
    "Kapoor", "Malhotra", "Bhat", "Naidu", "Chopra", "Saxena", "Trivedi", "Chaudhary", "Kulkarni", "Deshpande",
    "Bose", "Das", "Ghosh", "Sinha", "Mishra", "Pandey", "Tiwari", "Yadav", "Thakur", "Srinivasan",
  ]
  static let indianRoots = [
    "Ragh", "Venkat", "Krishn", "Subram", "Gopal", "Nara", "Sriv", "Bal", "Ram", "Chandr", "Madh", "Har",
  ]
  static let indianEndings = ["an", "aswamy", "amurthy", "aiah", "appa", "iah", "esan", "ani", "avan"]
  static let indianMiddles = ["Kumar", "Prasad", "Lal", "Chandra", "Nath", "Devi", "Rani", "Mohan"]

  // MARK: Chinese (pinyin, Han)

  static let chineseSurnames: [(String, String)] = [
    ("Wang", "王"), ("Li", "李"), ("Zhang", "张"), ("Liu", "刘"), ("Chen", "陈"), ("Yang", "杨"),
    ("Huang", "黄"), ("Zhao", "赵"), ("Wu", "吴"), ("Zhou", "周"), ("Xu", "徐"), ("Sun", "孙"),
    ("Ma", "马"), ("Zhu", "朱"), ("Hu", "胡"), ("Guo", "郭"), ("He", "何"), ("Lin", "林"), ("Gao", "高"),
    ("Luo", "罗"), ("Zheng", "郑"), ("Liang", "梁"), ("Xie", "谢"), ("Song", "宋"), ("Tang", "唐"),
    ("Han", "韩"), ("Feng", "冯"), ("Deng", "邓"), ("Cao", "曹"), ("Peng", "彭"),
  ]
  static let chineseGivenSyllables: [(String, String)] = [
    ("wei", "伟"), ("fang", "芳"), ("min", "敏"), ("jing", "静"), ("li", "丽"), ("qiang", "强"),
    ("lei", "磊"), ("jun", "军"), ("yang", "洋"), ("yong", "勇"), ("yan", "艳"), ("jie", "杰"),
    ("tao", "涛"), ("ming", "明"), ("chao", "超"), ("xiu", "秀"), ("hua", "华"), ("ping", "平"),
    ("gang", "刚"), ("hui", "辉"), ("xin", "欣"), ("yu", "宇"), ("hong", "红"), ("bo", "波"),
    ("lan", "兰"), ("zhen", "振"), ("jian", "建"), ("ling", "玲"), ("hao", "浩"), ("kai", "凯"),
    ("guo", "国"), ("dong", "东"), ("hai", "海"), ("long", "龙"), ("feng", "峰"), ("xiang", "翔"),
    ("peng", "鹏"), ("qing", "清"), ("zhi", "志"), ("cheng", "成"),
  ]

  // MARK: Korean (Latin, Hangul)

  static let koreanSurnames: [(String, String)] = [
    ("Kim", "김"), ("Lee", "이"), ("Park", "박"), ("Choi", "최"), ("Jung", "정"), ("Kang", "강"),
    ("Cho", "조"), ("Yoon", "윤"), ("Jang", "장"), ("Lim", "임"), ("Han", "한"), ("Oh", "오"),
    ("Seo", "서"), ("Shin", "신"), ("Kwon", "권"), ("Hwang", "황"), ("Ahn", "안"), ("Song", "송"),
    ("Yoo", "유"), ("Hong", "홍"),
  ]
  static let koreanGivenSyllables: [(String, String)] = [
    ("min", "민"), ("seo", "서"), ("ji", "지"), ("hyun", "현"), ("jun", "준"), ("young", "영"),
    ("soo", "수"), ("jin", "진"), ("woo", "우"), ("eun", "은"), ("hye", "혜"), ("sung", "성"),
    ("dong", "동"), ("ho", "호"), ("jae", "재"), ("hee", "희"), ("kyung", "경"), ("yeon", "연"),
    ("chul", "철"), ("sang", "상"), ("tae", "태"), ("ha", "하"), ("yun", "윤"), ("na", "나"),
    ("bin", "빈"), ("won", "원"), ("il", "일"), ("gyu", "규"), ("hoon", "훈"), ("seok", "석"),
  ]

  // MARK: Greek (Latin, Greek)

  static let greekGivenMale: [(String, String)] = [
    ("Georgios", "Γεώργιος"), ("Dimitrios", "Δημήτριος"), ("Konstantinos", "Κωνσταντίνος"),
    ("Ioannis", "Ιωάννης"), ("Nikolaos", "Νικόλαος"), ("Panagiotis", "Παναγιώτης"), ("Vasileios", "Βασίλειος"),
    ("Christos", "Χρήστος"), ("Athanasios", "Αθανάσιος"), ("Michail", "Μιχαήλ"), ("Evangelos", "Ευάγγελος"),
    ("Spyridon", "Σπυρίδων"),
  ]
  static let greekGivenFemale: [(String, String)] = [
    ("Maria", "Μαρία"), ("Eleni", "Ελένη"), ("Aikaterini", "Αικατερίνη"), ("Vasiliki", "Βασιλική"),
    ("Sofia", "Σοφία"), ("Georgia", "Γεωργία"), ("Dimitra", "Δήμητρα"),
  ]
  static let greekRoots: [(String, String)] = [
    ("Papa", "Παπα"), ("Kara", "Καρα"), ("Nikol", "Νικολ"), ("Georg", "Γεωργ"), ("Dimitr", "Δημητρ"),
    ("Kost", "Κωστ"), ("Vasil", "Βασιλ"), ("Christ", "Χριστ"), ("Athan", "Αθαν"), ("Stavr", "Σταυρ"),
    ("Manol", "Μανωλ"), ("Theodor", "Θεοδωρ"), ("Spyr", "Σπυρ"), ("Pavl", "Παυλ"), ("Andr", "Ανδρ"),
  ]
  static let greekEndings: [(String, String)] = [
    ("opoulos", "όπουλος"), ("akis", "άκης"), ("idis", "ίδης"), ("ou", "ου"), ("atos", "άτος"), ("elis", "έλης"),
  ]

  // MARK: Companies

  static let brandWords = [
    "Global", "United", "Eastern", "Golden", "Silver", "Atlas", "Phoenix", "Orion", "Delta", "Summit",
    "Pacific", "Baltic", "Caspian", "Eurasia", "Sahara", "Nile", "Volga", "Amur", "Ural", "Tigris",
    "Horizon", "Meridian", "Zenith", "Falcon", "Crescent", "Lotus", "Cedar", "Coral", "Granite", "Northern",
    "Southern", "Western", "Royal", "Imperial", "Continental", "Oriental", "Blue Sea", "Red Star", "Green Valley",
    "First National",
  ]
  static let brandStarts = [
    "Nor", "Vel", "Tek", "Ar", "Zan", "Kor", "Lum", "Mer", "Sol", "Tra", "Vor", "Qua", "Ex", "Ori", "Syn",
    "Pro", "Neo", "Ast", "Bel", "Cal", "Dor", "Fen", "Gal", "Hel", "Jar", "Kal", "Lor", "Mar", "Nav", "Pol",
  ]
  static let brandEnds = [
    "ax", "ex", "ion", "ia", "on", "ar", "is", "us", "ena", "ora", "ium", "ix", "tek", "tron", "vox",
    "gen", "ova", "ent", "ana", "eon",
  ]
  static let sectors = [
    "Trading", "Shipping", "Logistics", "Petroleum", "Oil and Gas", "Mining", "Construction", "Holdings",
    "Investments", "Technologies", "Industries", "Energy", "Metals", "Chemicals", "Agro", "Textiles",
    "Pharmaceuticals", "Electronics", "Capital", "Finance", "Insurance", "Maritime", "Aviation", "Engineering",
    "Telecom", "General Trading", "Import Export", "Steel", "Shipbuilding", "Consulting",
  ]
  static let legalForms = [
    "LLC", "Ltd", "Limited", "JSC", "OJSC", "CJSC", "PJSC", "OOO", "GmbH", "AG", "S.A.", "S.A. de C.V.",
    "SRL", "B.V.", "N.V.", "Co.", "Inc.", "Corp.", "FZE", "FZCO", "LLP", "PLC", "Pte. Ltd.", "Sdn. Bhd.",
    "A.Ş.", "Sp. z o.o.", "Co., Ltd.",
  ]
  static let russianCompanyWords: [(String, String)] = [
    ("Vostok", "Восток"), ("Sever", "Север"), ("Yug", "Юг"), ("Zapad", "Запад"), ("Sibir", "Сибирь"),
    ("Ural", "Урал"), ("Volga", "Волга"), ("Neva", "Нева"), ("Alfa", "Альфа"), ("Gamma", "Гамма"),
    ("Zvezda", "Звезда"), ("Baltika", "Балтика"), ("Amur", "Амур"), ("Altay", "Алтай"), ("Tayga", "Тайга"),
  ]
  static let russianCompanySectors: [(String, String)] = [
    ("Neft", "Нефть"), ("Gaz", "Газ"), ("Trans", "Транс"), ("Stroy", "Строй"), ("Metall", "Металл"),
    ("Invest", "Инвест"), ("Prom", "Пром"), ("Torg", "Торг"), ("Servis", "Сервис"), ("Energo", "Энерго"),
    ("Bank", "Банк"), ("Agro", "Агро"), ("Logistik", "Логистик"), ("Flot", "Флот"),
  ]
  static let russianLegalForms: [(String, String)] = [("OOO", "ООО"), ("AO", "АО"), ("PAO", "ПАО"), ("ZAO", "ЗАО")]
  static let arabicCompanyWords: [(String, String)] = [
    ("Al-Noor", "النور"), ("Al-Amal", "الأمل"), ("Al-Fajr", "الفجر"), ("Al-Khaleej", "الخليج"),
    ("Al-Sharq", "الشرق"), ("Al-Rafidain", "الرافدين"), ("Al-Hilal", "الهلال"), ("Al-Watan", "الوطن"),
    ("Al-Iman", "الإيمان"), ("Al-Aqsa", "الأقصى"), ("Al-Baraka", "البركة"), ("Al-Salam", "السلام"),
  ]
  static let arabicCities: [(String, String)] = [
    ("Baghdad", "بغداد"), ("Dubai", "دبي"), ("Damascus", "دمشق"), ("Basra", "البصرة"), ("Aden", "عدن"),
    ("Sanaa", "صنعاء"), ("Mosul", "الموصل"), ("Beirut", "بيروت"), ("Amman", "عمان"), ("Riyadh", "الرياض"),
    ("Jeddah", "جدة"), ("Tripoli", "طرابلس"),
  ]
  static let arabicCompanySectors: [(String, String)] = [
    ("Trading", "للتجارة"), ("Contracting", "للمقاولات"), ("Exchange", "للصرافة"), ("Shipping", "للشحن"),
    ("Investment", "للاستثمار"), ("General Trading", "للتجارة العامة"), ("Transport", "للنقل"),
  ]
}

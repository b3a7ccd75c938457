import SanctionsNormalization

/// Whether a word of Chinese or Korean syllables is a foreign name
/// transcribed syllable by syllable (`布宜諾斯艾利斯` Buenos Aires, `블라디보스토크`
/// Vladivostok) rather than a Chinese or Korean name (`王小明`, `김정은`),
/// which is compared syllable by syllable, as written.
///
/// Chinese transcribes foreign names with a small, conventional set of
/// characters (the Xinhua tables of the standard syllables for foreign
/// names: `斯` s, `克` k, `尔` r, `丹` dan, `佛` fo); a word made only of
/// them, or longer than Chinese names are, is taken for a transcription. Korean names are two to four
/// Sino-Korean syllables; transcriptions are longer, or have syllables no
/// Sino-Korean reading has: the vowel `ㅡ` inserted after a consonant that
/// ends a foreign syllable (`트` teu, `스` seu, `크` keu), the vowel `ㅔ`
/// before a final consonant (`덴` den) or after any initial but `ㅅ ㅈ ㅊ`
/// (`레` re, `베` be), the initial `ㅋ` (`카`, `코`), `ㄹ` before `ㅓ`
/// (`런` reon), an open `ㅓ` after most initials (`버` beo). Written from
/// general knowledge.
enum TranscriptionSyllables {
  /// The least syllables of a transcribed word.
  static let shortestWord = 2
  /// A Chinese word this long is a transcription whatever its characters
  /// (Chinese names have two or three, rarely four with a double family name).
  static let longChineseWord = 5
  /// A hangul word this long is a transcription whatever its syllables.
  static let longKoreanWord = 5

  /// Whether the syllables (as written, one per element) of one word are
  /// a foreign name's transcription.
  static func isForeignTranscription(_ syllables: [String], script: NameScript) -> Bool {
    guard syllables.count >= shortestWord else { return false }
    switch script {
    case .han:
      return syllables.count >= longChineseWord
        || syllables.allSatisfy { syllable in syllable.unicodeScalars.allSatisfy { chinese.contains($0) } }
    case .hangul:
      return syllables.count >= longKoreanWord || syllables.contains(where: isForeignSyllable)
    default:
      return false
    }
  }

  /// Whether a hangul syllable has no Sino-Korean reading in the ways
  /// above: a consonant with the inserted `ㅡ` and no final (`트`, `스`,
  /// `르`), `ㅔ` with a final (`덴`), or the initial `ㅋ`.
  static func isForeignSyllable(_ syllable: String) -> Bool {
    guard let scalar = syllable.unicodeScalars.first, (0xAC00...0xD7A3).contains(scalar.value) else { return false }
    let index = scalar.value - 0xAC00
    let initial = index / 588
    let vowel = (index % 588) / 28
    let final = index % 28
    let insertedEu = vowel == eu && final == 0 && initial != silentInitial
    let foreignE = vowel == e && (final != 0 || !sinoKoreanBeforeE.contains(initial))
    let foreignEo = vowel == eo && (initial == rieul || (final == 0 && !sinoKoreanOpenEo.contains(initial)))
    return insertedEu || foreignE || foreignEo || initial == kieuk
  }

  /// Hangul jamo positions: the vowels `ㅡ` and `ㅔ`, the initials `ㅇ`
  /// (silent) and `ㅋ`.
  static let eu: UInt32 = 18
  static let e: UInt32 = 5
  static let silentInitial: UInt32 = 11
  static let kieuk: UInt32 = 15
  static let rieul: UInt32 = 5
  static let eo: UInt32 = 4
  /// The initials `ㅅ ㅈ ㅊ`, before which Sino-Korean readings have `ㅔ`.
  static let sinoKoreanBeforeE: Set<UInt32> = [9, 12, 14]
  /// The initials `ㄱ ㅅ ㅇ ㅈ ㅊ ㅎ`, before which Sino-Korean readings have
  /// an open `ㅓ` (`거`, `서`, `어`, `저`, `처`, `허`); `버`, `더`, `터` are foreign.
  static let sinoKoreanOpenEo: Set<UInt32> = [0, 9, 11, 12, 14, 18]

  /// Characters of the standard syllables for foreign names, simplified
  /// and traditional.
  static let chinese: Set<Unicode.Scalar> = Set(
    ("阿埃艾爱愛安昂奥奧巴拔白班邦保鲍鮑贝貝本比彼毕畢宾賓波伯博布采查察柴达達大戴丹道德登迪蒂丁东東"
      + "都杜敦顿頓多厄恩尔爾法凡范菲费費芬丰豐冯馮佛夫弗福富盖蓋甘冈岡戈格根贡貢古瓜圭哈海汉漢豪浩"
      + "赫亨洪胡华華惠霍基吉加嘉贾賈杰傑捷金居喀卡凯凱坎康考柯科克肯库庫夸誇奎昆拉莱萊兰蘭朗劳勞勒雷"
      + "蕾黎里裡裏利莉丽麗列烈林琳隆卢盧鲁魯路伦倫罗羅洛吕呂马馬玛瑪迈邁麦麥曼芒毛梅美门門蒙孟米密缅"
      + "緬明莫墨姆木穆纳納娜奈南内內尼涅聂聶宁寧纽紐努诺諾欧歐帕派潘庞龐佩彭皮平珀普奇齐齊契恰乔喬"
      + "琼瓊丘萨薩塞赛賽桑瑟森沙莎杉珊尚舍申圣聖施什史士舒斯松苏蘇索塔泰坦汤湯唐特提田廷通图圖托瓦"
      + "万萬旺威韦韋维維温溫文翁沃乌烏伍武西希锡錫夏谢謝辛休许許雅亚亞扬揚耶叶葉伊依因英尤于约約泽澤"
      + "扎紮詹芝朱卓兹茲佐瑞若歇蒲敖翠屈坡楚宜耳厄穆莫絲丝洛哥地第得那瑙他摩茨柏伏次魁牙也可拿翰律底堪梵革"
      + "套奴札拜梨默切旦妮娅婭露莉佳琪芙黛泊罕汗荷季热熱").unicodeScalars)
}

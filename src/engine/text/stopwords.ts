/** English function words: they carry no fact of their own, so they never count as terms. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after afterwards again against all almost alone along already also although
  always am among amongst an and another any anyhow anyone anything anyway anywhere are around as at
  be became because become becomes becoming been before beforehand behind being below beside besides
  between beyond both but by can cannot could did do does doing done down during each either else
  elsewhere enough etc even ever every everyone everything everywhere except few for former formerly
  from further had has have having he hence her here hereafter hereby herein hers herself him himself
  his how however i if in indeed into is it its itself just least less many may me meanwhile might
  mine more moreover most mostly much must my myself namely neither never nevertheless next no nobody
  none noone nor not nothing now nowhere of off often on once one only onto or other others otherwise
  our ours ourselves out over own per perhaps please quite rather re same seem seemed seeming seems
  several she should since so some somehow someone something sometime sometimes somewhere still such
  than that the their theirs them themselves then thence there thereafter thereby therefore therein
  thereupon these they this those though through throughout thus to together too toward towards
  under until up upon us very via was we well were what whatever when whence whenever where whereas
  whereby wherein whereupon wherever whether which while whither who whoever whole whom whose why
  will with within without would yet you your yours yourself yourselves s t d ll m o re ve y
  mr mrs ms dr said says say told according`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

/**
 * Function words of Chinese and Japanese as the word segmenter gives them (particles, pronouns,
 * "said"): like STOPWORDS, they carry no fact of their own. Single characters are otherwise
 * kept: in these scripts one character is often a word of substance (俄 Russia, 税 tax).
 */
export const UNSPACED_STOPWORDS: ReadonlySet<string> = new Set(
  `的 了 和 与 及 是 在 也 就 都 而 或 其 这 那 之 为 以 于 被 把 对 从 等 着 过 个 将 并 但 还 又 已 所 由 向 让 给
  它 他 她 们 我 你 我们 他们 她们 它们 你们 这个 那个 这些 那些 一个 没有 不 没 很 更 最 说 表示 称 据 此 该 其中 以及
  の は が を に で と も へ や か な ね よ て た だ です ます した する して いる ある れる られる こと もの
  これ それ あれ この その あの から まで より など という として について によると 氏 さん`
    .split(/\s+/)
    .filter((word) => word.length > 0),
);

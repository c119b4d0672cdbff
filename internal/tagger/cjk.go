package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the rules for scripts written without spaces between
// words (Chinese, Japanese) and for Korean, whose nouns take particles
// written attached to them.

// isKatakanaRun reports whether r continues a run of katakana: a katakana
// letter (full or half width), the prolonged sound mark ー or a voicing
// mark. The middle dot ・ is handled apart (see katakanaEdgesOK).
func isKatakanaRun(r rune) bool {
	switch r {
	case 'ー', 'ｰ', '\uFF9E', '\uFF9F', '\u3099', '\u309A', '\u309B', '\u309C':
		return true
	}
	return r >= 0x30A0 && r != '・' && unicode.Is(unicode.Katakana, r)
}

func isMiddleDot(r rune) bool { return r == '・' || r == '･' }

// katakanaEdgesOK reports whether tokens [i, j) stand at the edges of any
// katakana run they meet: a name that starts (ends) with katakana must not
// have katakana or ー glued before (after) it, since it is then part of a
// longer word: フォード in オックスフォード, ソウル in ソウルフード. A katakana
// name next to kanji, hiragana, Latin letters or punctuation is fine.
//
// The middle dot ・ joins the parts of a foreign name (ハリソン・フォード,
// "Harrison Ford") but also separates the items of a list (トヨタ・ホンダ,
// カナダ・オンタリオ州 "Ontario, Canada"). A name right after katakana and
// a dot is therefore taken for the end of a longer name, unless a catalog
// name ends right before the dot (listed, which is true when the mention
// that ends at token i-1 is a catalog name); a name followed by a dot is
// the first part of a longer name or the first item of a list, and counts
// (フォード・モーター is Ford).
func katakanaEdgesOK(src string, toks []token, i, j int, listed bool) bool {
	if i > 0 && toks[i].glued {
		first, _ := utf8.DecodeRuneInString(src[toks[i].start:])
		prev, _ := utf8.DecodeLastRuneInString(src[:toks[i].start])
		if isKatakanaRun(first) {
			if isKatakanaRun(prev) {
				return false
			}
			if isMiddleDot(prev) && i > 1 && toks[i-1].glued && !listed {
				before, _ := utf8.DecodeLastRuneInString(src[:toks[i-1].start])
				if isKatakanaRun(before) {
					return false
				}
			}
		}
	}
	if j < len(toks) && toks[j].glued {
		last, _ := utf8.DecodeLastRuneInString(src[:toks[j-1].end])
		next, _ := utf8.DecodeRuneInString(src[toks[j].start:])
		if isKatakanaRun(last) && isKatakanaRun(next) {
			return false
		}
	}
	return true
}

// Chinese has no spaces, so a short name may be read inside a longer word:
// 日产 "Nissan" in 日产量 "daily output", 大众 "Volkswagen" in 大众化
// "popularize", 理想 "Li Auto" in 不理想 "not ideal". hanWordOK rejects a
// name of exactly two Han characters in three cases, each of which makes a
// common word of it and its neighbour:
//
//   - the next character is a suffix that derives words: 化 "-ize", 性
//     "-ness", 们/們 (plural of people), 量 "amount"; unless it starts a
//     word of its own that often follows a company's name (化工, 化学
//     "chemicals", 性能 "performance", 性价比 "value for money", 量产 and
//     Japanese 量産 "mass production");
//   - the previous character is an adverb of degree or negation (不 "not",
//     很 "very", 更 "more", 较 "rather", 最 "most", 太 "too", 挺 "quite"),
//     which go before adjectives and verbs, never before a name;
//   - the name starts with 日 "day" and the previous character makes a
//     word for a day with it: 今日 "today", 每日 "daily", 次日 "the next
//     day", 周日 "Sunday" ...
//
// Longer names are left alone: three characters rarely make a word by
// accident, and names of two that are ordinary words need context anyway
// (entity.Alias.NeedsContext).
func hanWordOK(src string, toks []token, i, j int) bool {
	if j-i != 2 || !isHanToken(src, toks[i]) || !isHanToken(src, toks[i+1]) || !toks[i+1].glued {
		return true
	}
	if j < len(toks) && toks[j].glued && isHanToken(src, toks[j]) {
		next := src[toks[j].start:toks[j].end]
		if suffix, ok := hanSuffixes[next]; ok {
			after := ""
			if j+1 < len(toks) && toks[j+1].glued {
				after = src[toks[j+1].start:toks[j+1].end]
			}
			if after == "" || !strings.Contains(suffix, after) {
				return false
			}
		}
	}
	if i > 0 && toks[i].glued && isHanToken(src, toks[i-1]) {
		prev := src[toks[i-1].start:toks[i-1].end]
		if strings.Contains(hanDegree, prev) {
			return false
		}
		if src[toks[i].start:toks[i].end] == "日" && strings.Contains(hanDayWords, prev) {
			return false
		}
	}
	return true
}

// hanSuffixes maps the characters that derive words after a noun to the
// characters after them that make them start a word of their own instead.
var hanSuffixes = map[string]string{
	"化": "工学學",
	"性": "能价價",
	"们": "",
	"們": "",
	"量": "产產産",
}

// hanDegree holds adverbs of degree and negation.
const hanDegree = "不很更较較最太挺"

// hanDayWords holds the characters that make a word for a day with a
// following 日.
const hanDayWords = "今昨明每当當次翌本首连連终終节節假平周週逐隔该該"

// isHanToken reports whether tk is a single Han character.
func isHanToken(src string, tk token) bool {
	r, size := utf8.DecodeRuneInString(src[tk.start:tk.end])
	return int(tk.end-tk.start) == size && r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

// hangulParticles are the Korean particles that may follow a name written
// attached to it (현대자동차와, 기아는, 서울에서), and a few common stacks
// of two (에서는, 와의). A name is matched without them.
var hangulParticles = []string{
	"은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도", "만", "랑",
	"에서", "에게", "으로", "까지", "부터", "보다", "처럼", "이랑",
	"에는", "에도", "와의", "과의", "로는", "에서는", "에서도", "으로는",
}

// particle is a Korean particle with its folded form.
type particle struct {
	raw, fold string
}

// buildParticles folds the particles, shortest first: the longest name
// that fits is tried first.
func buildParticles() []particle {
	f := newFolder()
	out := make([]particle, 0, len(hangulParticles))
	for _, p := range hangulParticles {
		out = append(out, particle{raw: p, fold: f.foldString(p)})
	}
	// Stable by length in runes: the list is written shortest first
	// within each length.
	for a := 1; a < len(out); a++ {
		for b := a; b > 0 && utf8.RuneCountInString(out[b].raw) < utf8.RuneCountInString(out[b-1].raw); b-- {
			out[b], out[b-1] = out[b-1], out[b]
		}
	}
	return out
}

// endsInHangul reports whether word w ends with a Hangul syllable, so that
// it may carry a particle.
func endsInHangul(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return r >= 0xAC00 && r <= 0xD7A3
}

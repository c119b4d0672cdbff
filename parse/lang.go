package parse

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
	"github.com/autonews/autonews/internal/stopwords"
	"github.com/pemistahl/lingua-go"
	"golang.org/x/text/language"
)

// Sampling and confidence limits of language detection. A call of
// lingua's low-accuracy mode costs about 0.5 ms plus 3 µs per sampled byte
// (per-word script rules and decimal arithmetic), so a first sample of
// firstSample bytes of body text decides clear cases and only text that
// leaves lingua unsure is given the longer fullSample.
const (
	firstSample = 200
	fullSample  = 900
	extendBelow = 0.95 // confidence under which the longer sample is tried
	minLetters  = 12   // fewer letters than this: undetermined
	fewLetters  = 120  // under this many letters, short-text rules apply
	shortConf   = 0.95 // the confidence short samples must reach
)

// supportedLanguages are the 14 languages the annotators have lexicons
// for: the languages the auto-industry trade press writes in.
var supportedLanguages = []language.Tag{
	language.English, language.Dutch, language.German, language.French, language.Italian,
	language.Spanish, language.Portuguese, language.Polish, language.Czech, language.Swedish,
	language.Turkish, language.Chinese, language.Japanese, language.Korean,
}

// SupportedLanguages returns the 14 languages the annotators have
// lexicons for, in a new slice: English, Dutch, German, French, Italian,
// Spanish, Portuguese, Polish, Czech, Swedish, Turkish, Chinese, Japanese
// and Korean. A Parser detects more (see [WithLanguages]); the annotators
// read the others with the lexicon of the closest supported language or
// with their language-neutral rules.
func SupportedLanguages() []language.Tag { return slices.Clone(supportedLanguages) }

// defaultLanguages are the languages detected when WithLanguages is not
// given: the supported ones, every other European language that lingua's
// low-accuracy mode knows, and the major languages of the other car-making
// countries written in scripts of their own, so that an article in
// Catalan, Danish or Romanian is reported as itself instead of as the
// nearest supported language.
var defaultLanguages = append(slices.Clone(supportedLanguages),
	language.Make("ca"), language.Make("eu"), language.Make("ro"), language.Make("hu"),
	language.Make("da"), language.Make("nb"), language.Make("nn"), language.Make("fi"),
	language.Make("et"), language.Make("lv"), language.Make("lt"), language.Make("sk"),
	language.Make("sl"), language.Make("hr"), language.Make("bs"), language.Make("sr"),
	language.Make("bg"), language.Make("mk"), language.Make("ru"), language.Make("uk"),
	language.Make("be"), language.Make("el"), language.Make("sq"), language.Make("is"),
	language.Make("ga"), language.Make("cy"),
)

// linguaLanguage returns lingua's language for tag, matched by the ISO
// 639-1 code of its base language.
func linguaLanguage(tag language.Tag) (lingua.Language, error) {
	base, conf := tag.Base()
	if conf == language.No || tag == language.Und {
		return lingua.Unknown, fmt.Errorf("parse: language %q is not supported", tag)
	}
	iso := lingua.GetIsoCode639_1FromValue(base.String())
	if iso == lingua.UnknownIsoCode639_1 {
		return lingua.Unknown, fmt.Errorf("parse: language %q is not supported by the detector", tag)
	}
	l := lingua.GetLanguageFromIsoCode639_1(iso)
	if l == lingua.Unknown {
		return lingua.Unknown, fmt.Errorf("parse: language %q is not supported by the detector", tag)
	}
	return l, nil
}

// A detector wraps lingua's low-accuracy detector. It is immutable (its
// wide detector is built once, on first need).
//
// Detection runs in two stages, so that the wide default set costs little
// more than the supported languages alone: lingua first chooses among the
// configured languages that the annotators support (the narrow detector);
// only when it is unsure, or when the stop words of the text belong
// rather to another configured language (internal/stopwords: a Catalan
// text has more Catalan than Spanish stop words, though the narrow
// detector calls it Spanish), does lingua choose among all the configured
// languages (the wide detector). The wide detector's models load on its
// first use, so New stays as cheap as with the supported languages alone.
type detector struct {
	narrow  lingua.LanguageDetector // nil with fewer than two supported languages
	narrowN int                     // how many supported languages are configured
	// wide is nil when every configured language is supported.
	wide func() lingua.LanguageDetector
	// others are the configured languages that are not supported.
	others  map[string]bool
	tags    map[lingua.Language]language.Tag
	only    language.Tag // the language when exactly one is configured
	minConf float64
}

// minStopEvidence is how many stop words of another configured language a
// sample must hold for the wide detector to be asked.
const minStopEvidence = 3

func newDetector(tags []language.Tag, minConf float64) (*detector, error) {
	if len(tags) == 0 {
		return nil, fmt.Errorf("parse: no languages to detect")
	}
	supported := map[string]bool{}
	for _, t := range supportedLanguages {
		supported[t.String()] = true
	}
	d := &detector{tags: make(map[lingua.Language]language.Tag), others: map[string]bool{}, minConf: minConf}
	var all, narrow []lingua.Language
	for _, t := range tags {
		l, err := linguaLanguage(t)
		if err != nil {
			return nil, err
		}
		if _, dup := d.tags[l]; dup {
			continue
		}
		base, _ := t.Base()
		tag := language.Make(base.String())
		d.tags[l] = tag
		all = append(all, l)
		if supported[tag.String()] {
			narrow = append(narrow, l)
		} else {
			d.others[tag.String()] = true
		}
	}
	if len(all) == 1 {
		d.only = d.tags[all[0]]
		return d, nil
	}
	build := func(langs []lingua.Language) lingua.LanguageDetector {
		return lingua.NewLanguageDetectorBuilder().
			FromLanguages(langs...).
			WithLowAccuracyMode().
			WithPreloadedLanguageModels().
			Build()
	}
	d.narrowN = len(narrow)
	if len(narrow) >= 2 {
		d.narrow = build(narrow)
	}
	if len(narrow) < len(all) {
		d.wide = sync.OnceValue(func() lingua.LanguageDetector { return build(all) })
	}
	return d, nil
}

// detect returns the language of the body text in sample, which
// sampleText built with at most fullSample bytes; the first firstSample
// bytes are tried first.
func (d *detector) detect(sample string) entity.Language {
	var lang language.Tag
	var conf float64
	var letters int
	switch {
	case d.narrow == nil && d.wide == nil:
		lang, conf, letters = d.stage(sample, nil)
	case d.narrowN == 0:
		lang, conf, letters = d.stage(sample, d.wide())
	default:
		lang, conf, letters = d.stage(sample, d.narrow)
		if d.wide != nil && letters >= minLetters && (conf < d.need(letters) || d.otherStops(sample)) {
			lang, conf, letters = d.stage(sample, d.wide())
		}
	}
	if letters < minLetters || conf < d.need(letters) || conf == 0 {
		return entity.Language{Tag: language.Und}
	}
	// lingua sums over maps in random order: rounding keeps the result
	// deterministic.
	return entity.Language{Tag: lang, Confidence: math.Round(conf*1e4) / 1e4}
}

// lingua returns the narrow detector, or nil.
func (d *detector) lingua() lingua.LanguageDetector { return d.narrow }

// need returns the confidence a sample of that many letters must reach.
func (d *detector) need(letters int) float64 {
	if letters < fewLetters {
		return max(d.minConf, shortConf)
	}
	return d.minConf
}

// otherStops reports whether the stop words of sample belong to a
// configured language that the narrow detector does not know.
func (d *detector) otherStops(sample string) bool {
	m := stopwords.Density(cutAt(sample, firstSample))
	return m.Stop >= minStopEvidence && d.others[m.Lang]
}

// stage runs detector det (nil: the single configured language) on the
// first firstSample bytes of sample, and on all of it when that leaves it
// unsure.
func (d *detector) stage(sample string, det lingua.LanguageDetector) (language.Tag, float64, int) {
	first := cutAt(sample, firstSample)
	lang, conf, letters := d.compute(first, det)
	if conf < extendBelow && len(first) < len(sample) {
		lang, conf, letters = d.compute(sample, det)
	}
	return lang, conf, letters
}

// compute returns the most likely language of s under det, lingua's
// relative confidence in it and the number of letters in s.
func (d *detector) compute(s string, det lingua.LanguageDetector) (language.Tag, float64, int) {
	st := stats(s)
	letters := st.letters
	if letters*2 < st.runes-st.spaces {
		return language.Und, 0, letters // mostly digits and symbols
	}
	if det == nil {
		if d.only == language.Und {
			return language.Und, 0, letters
		}
		return d.only, 1, letters
	}
	cv := det.ComputeLanguageConfidenceValues(s)
	if len(cv) == 0 || cv[0].Value() <= 0 {
		return language.Und, 0, letters
	}
	return d.tags[cv[0].Language()], cv[0].Value(), letters
}

// cutAt returns the longest prefix of s of at most n bytes that ends at a
// space, or at a rune boundary when there is no space.
func cutAt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if i := strings.LastIndexAny(s[:n], " \n"); i > n/2 {
		return s[:i]
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// sampleText returns up to fullSample bytes of the body's running text for
// language detection: the paragraphs in order, preferring those of 40
// bytes and more (sub-headings say little), or the title when the body
// has no text.
func sampleText(src string, paras []entity.Span, title entity.Span) string {
	var long []entity.Span
	for _, p := range paras {
		if p.Len() >= 40 {
			long = append(long, p)
		}
	}
	if len(long) == 0 {
		long = paras
	}
	if len(long) == 0 {
		return title.Text(src)
	}
	if long[0].Len() >= fullSample || len(long) == 1 {
		return cutAt(long[0].Text(src), fullSample)
	}
	var b strings.Builder
	b.Grow(fullSample + 1)
	for _, p := range long {
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		room := fullSample - b.Len()
		if room <= 0 {
			break
		}
		b.WriteString(cutAt(p.Text(src), room))
	}
	return b.String()
}

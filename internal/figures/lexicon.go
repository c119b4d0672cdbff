package figures

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/autonews/autonews/entity"
)

// ekind is the role of a lexicon entry.
type ekind uint8

const (
	kScale    ekind = iota + 1 // thousand, Mio., miljard: multiplies by 10^exp
	kNum                       // a number word: one, dertig, vingt
	kHundred                   // hundred, honderd, cent: multiplies the pending number by 100
	kSingle                    // a, een, ein, un: one, but only before a hundred or a scale
	kConj                      // and, et, y, e: joins number words ("vingt et un")
	kJoin                      // en, und: joins the parts of a compound number word
	kPiece                     // a part of compound number words only (Italian "vent", Spanish "veinti")
	kPct                       // %, percent, procent
	kPP                        // percentage points
	kCur                       // a currency name written after the number: euros, dollari
	kSym                       // a currency symbol written before or after the number: €, $, US$
	kUnit                      // a unit of a quantity
	kAdj                       // an adjective allowed between a number and a unit of vehicles
	kQual                      // a qualifier before the number
	kPost                      // a qualifier after the figure: "左右", "or so"
	kPre                       // a percent word or sign before the number: Turkish "yüzde 17", "%80"
	kChange                    // a verb of change before "A to B": rose, fell, steeg
	kModel                     // a word before a model number: "Model 3", "Serie 5"
	kOpen                      // between, tussen, entre: opens an "A and B" range
	kFrom                      // from, van, de: opens an "A to B" range
	kAnd                       // and, en, und: separates a range opened by kOpen
	kTo                        // to, tot, bis, -: separates a range
	kList                      // and, or, ",": separates the items of a list
	kOf                        // de, di, d': between a scale word and a currency or unit
	kArticle                   // il, el, l': an article allowed before a number
	kVague                     // several, mehrere, plusieurs: the number words after it are vague
	kYearPrep                  // in, since, seit, depuis: the number after it is a year ("In 2024 cars got dearer")
	kNeg                       // not, no, niet, nicht, pas: before a qualifier, turns it around ("no less than")
	kMinus                     // minus, min, moins: a sign word right before the number ("minus 5 percent")
	kSub                       // a currency's hundredth after the number: cents, pence, céntimos
	kPlus                      // and, con, et: joins a main amount to its hundredths ("3 euros con 99 céntimos")
	kFrac                      // half, quarter, demi, einhalb: a fraction worth val hundredths
	kPoint                     // point, Komma, virgule: the decimal point of number words ("one point three")
	nKinds
)

// An entry is a word or phrase of a lexicon, stored as folded tokens.
type entry struct {
	toks  []string
	glued []bool // glued[i]: toks[i] follows toks[i-1] without a space
	kind  ekind
	code  string // currency code, or canonical unit
	exp   int    // scale: power of ten
	val   int64  // number word value
	q     entity.Qualifier
	weak  bool // scale that needs a currency ("m", "k", "bn" only with $)
	dot   bool // abbreviation that may take a trailing '.' ("Mio.")
	time  bool // time unit: digits only ("343 days", not "two years")
	bare  bool // scale that is also one of itself alone: Czech "milion vozů"
}

// A lexicon holds one language's words, plus the shared symbols.
type lexicon struct {
	first        map[string][]*entry // by first token, longest first
	last         map[string][]*entry // backward entries (kQual, kOpen, kFrom, kArticle) by last token
	parts        map[string]*entry   // single-token number words and compound parts
	prefix3      [1024]uint64        // hashed first three bytes of number words, to try compounds
	info         map[string]int32    // index in words of everything above by token, for one lookup per token
	words        []*winfo
	known        [1 << 10]uint64 // bit set of the wordHash of the keys of info
	maxPart      int             // longest part in bytes
	commaDecimal bool            // "1.500" = 1500 and "1,5" = 1.5
	plainSpace   bool            // a plain space may group thousands ("1 234")
	yenCNY       bool            // "¥" is the yuan
	caseSuffix   bool            // words take case endings after an apostrophe (Turkish "km'ye")
	nounCaps     bool            // nouns are capitalized (German): "Rendite von 4 bis 5 Prozent" is no "from"
	needSingle   bool            // a hundred or a scale word needs a number word before it (English "a hundred"), unless it is a bscale
	hanWords     bool            // number words are Han characters: no money, durations only with a qualifier
	commaGroups  bool            // a comma before three digits and a scale groups thousands ("1,470 millones", Latin American Spanish)
}

// kindNames are the DSL words of the entry kinds.
var kindNames = map[string]ekind{
	"scale": kScale, "wscale": kScale, "dscale": kScale, "bscale": kScale, "num": kNum, "hundred": kHundred,
	"single": kSingle, "conj": kConj, "join": kJoin, "piece": kPiece, "pct": kPct, "pp": kPP,
	"cur": kCur, "sym": kSym, "unit": kUnit, "tunit": kUnit, "adj": kAdj, "qual": kQual, "post": kPost, "pre": kPre, "change": kChange, "model": kModel,
	"open": kOpen, "from": kFrom, "and": kAnd, "to": kTo, "list": kList, "of": kOf, "article": kArticle,
	"vague": kVague, "yearprep": kYearPrep, "neg": kNeg, "minus": kMinus, "sub": kSub, "plus": kPlus, "frac": kFrac, "point": kPoint,
}

var qualNames = map[string]entity.Qualifier{
	"approximately": entity.Approximately, "more_than": entity.MoreThan, "less_than": entity.LessThan,
	"at_least": entity.AtLeast, "at_most": entity.AtMost, "up_to": entity.UpTo,
}

// buildLexicon reads lexicon lines of the form
//
//	kind [arg]: phrase | phrase | ...
//
// where arg is a power of ten (scales), a value (numbers), a currency code,
// a unit or a qualifier. Phrases are split into tokens by the same
// tokenizer as the text; '|' separates phrases so that "," can be one.
func buildLexicon(specs ...string) (*lexicon, error) {
	lx := &lexicon{
		first: map[string][]*entry{},
		last:  map[string][]*entry{},
		parts: map[string]*entry{},
	}
	for _, spec := range specs {
		for n, line := range strings.Split(spec, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if err := lx.addLine(line); err != nil {
				return nil, fmt.Errorf("figures: lexicon line %d %q: %w", n+1, line, err)
			}
		}
	}
	for _, m := range []map[string][]*entry{lx.first, lx.last} {
		for _, es := range m {
			sort.SliceStable(es, func(i, j int) bool { return len(es[i].toks) > len(es[j].toks) })
		}
	}
	lx.info = map[string]int32{}
	get := func(w string) *winfo {
		k, ok := lx.info[w]
		if !ok {
			k = int32(len(lx.words))
			lx.info[w] = k
			lx.words = append(lx.words, &winfo{})
		}
		return lx.words[k]
	}
	for w, es := range lx.first {
		get(w).first = es
	}
	for w, es := range lx.last {
		get(w).last = es
	}
	for w, e := range lx.parts {
		if e.kind != kPiece && e.kind != kJoin {
			get(w).num = e
		}
	}
	for w, k := range lx.info {
		wi := lx.words[k]
		h := wordHash(w) & (1<<16 - 1)
		lx.known[h/64] |= 1 << (h % 64)
		wi.start = wi.num != nil
		for _, e := range wi.first {
			wi.start = wi.start || e.kind == kSym
		}
	}
	return lx, nil
}

func (lx *lexicon) addLine(line string) error {
	head, body, ok := strings.Cut(line, ":")
	if !ok {
		return fmt.Errorf("no ':'")
	}
	f := strings.Fields(head)
	if len(f) == 0 || len(f) > 2 {
		return fmt.Errorf("bad head")
	}
	kind, ok := kindNames[f[0]]
	if !ok {
		return fmt.Errorf("unknown kind %q", f[0])
	}
	proto := entry{kind: kind, weak: f[0] == "wscale", dot: f[0] == "dscale", time: f[0] == "tunit", bare: f[0] == "bscale"}
	arg := ""
	if len(f) == 2 {
		arg = f[1]
	}
	switch kind {
	case kScale:
		e, err := strconv.Atoi(arg)
		if err != nil || e < 2 || e > 12 {
			return fmt.Errorf("bad scale %q", arg)
		}
		proto.exp = e
	case kPct:
		if arg != "" {
			e, err := strconv.Atoi(arg)
			if err != nil || e < 1 || e > 3 {
				return fmt.Errorf("bad percent multiplier %q", arg)
			}
			proto.exp = e
		}
	case kFrac:
		v, err := strconv.ParseInt(arg, 10, 64)
		if err != nil || v <= 0 || v >= 200 {
			return fmt.Errorf("bad fraction %q", arg)
		}
		proto.val = v
	case kNum, kPiece:
		v, err := strconv.ParseInt(arg, 10, 64)
		if err != nil || v < 0 || v >= 1000 {
			return fmt.Errorf("bad value %q", arg)
		}
		proto.val = v
	case kCur, kSym, kSub:
		if len(arg) != 3 {
			return fmt.Errorf("bad currency %q", arg)
		}
		proto.code = arg
	case kUnit:
		if arg == "" {
			return fmt.Errorf("no unit")
		}
		proto.code = arg
	case kQual, kPost:
		q, ok := qualNames[arg]
		if !ok {
			return fmt.Errorf("bad qualifier %q", arg)
		}
		proto.q = q
	case kSingle, kHundred, kJoin:
		proto.val = 1
		if kind == kHundred {
			proto.val = 100
		}
	default:
		if arg != "" {
			return fmt.Errorf("unexpected argument %q", arg)
		}
	}
	for _, phrase := range strings.Split(body, "|") {
		phrase = strings.TrimSpace(phrase)
		if phrase == "" {
			continue
		}
		e := proto
		toks, arena := tokenize(phrase, 0, len(phrase), false, nil, nil)
		for i, t := range toks {
			if t.kind == tNum {
				return fmt.Errorf("digits in phrase %q", phrase)
			}
			e.toks = append(e.toks, string(arena[t.fs:t.fe]))
			e.glued = append(e.glued, i > 0 && !t.sp)
		}
		if len(e.toks) == 0 {
			continue
		}
		lx.add(&e)
	}
	return nil
}

func (lx *lexicon) add(e *entry) {
	switch e.kind {
	case kQual, kOpen, kFrom, kPre, kChange, kModel, kVague, kYearPrep, kNeg, kMinus:
		k := e.toks[len(e.toks)-1]
		lx.last[k] = append(lx.last[k], e)
	case kArticle:
		k := e.toks[len(e.toks)-1]
		lx.last[k] = append(lx.last[k], e)
		lx.first[e.toks[0]] = append(lx.first[e.toks[0]], e)
	case kPiece, kJoin:
	default:
		lx.first[e.toks[0]] = append(lx.first[e.toks[0]], e)
	}
	if len(e.toks) == 1 {
		switch e.kind {
		case kNum, kHundred, kSingle, kPiece, kJoin, kFrac:
			lx.addPart(e)
		case kScale:
			if !e.weak && !e.dot {
				lx.addPart(e)
			}
		}
	}
}

func (lx *lexicon) addPart(e *entry) {
	w := e.toks[0]
	if old, ok := lx.parts[w]; ok && old.kind != kPiece && old.kind != kJoin {
		return // keep the first meaning: a single-token number over a part
	}
	lx.parts[w] = e
	if len(w) > lx.maxPart {
		lx.maxPart = len(w)
	}
	if e.kind != kJoin && len(w) >= 3 {
		h := prefixHash(w)
		lx.prefix3[h/64] |= 1 << (h % 64)
	}
}

// A winfo is what a lexicon knows of one folded token.
type winfo struct {
	first []*entry // entries that start with the token, longest first
	last  []*entry // backward entries that end with it, longest first
	num   *entry   // the token as a number word, or nil
	start bool     // a currency symbol or number word: a figure may start here
}

// prefixHash hashes the first three bytes of w into 16 bits.
func prefixHash(w string) uint32 {
	return (uint32(w[0])*961 + uint32(w[1])*31 + uint32(w[2])) & 0xFFFF
}

// maybeCompound reports whether w may be a compound number word.
func (lx *lexicon) maybeCompound(w string) bool {
	if len(w) < 5 || len(w) > 48 {
		return false
	}
	h := prefixHash(w)
	return lx.prefix3[h/64]&(1<<(h%64)) != 0
}

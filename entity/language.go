package entity

import (
	"encoding/json"

	"golang.org/x/text/language"
)

// Language is the language an article is written in, as detected by a
// parser, with the detector's confidence.
//
// The zero Language is undetermined: its Tag is [language.Und] and its
// Confidence is 0. Detectors report undetermined rather than a wrong guess
// when the text is too short or too ambiguous.
type Language struct {
	// Tag is the BCP 47 tag of the language, for example language.Dutch.
	Tag language.Tag
	// Confidence is the detector's confidence in Tag, from 0 to 1.
	Confidence float64
}

// Code returns the ISO 639-1 code of the language ("nl", "en"), or its
// ISO 639-3 code when it has no two-letter code, or "und" when the
// language is undetermined.
func (l Language) Code() string {
	if l.Tag == language.Und {
		return "und"
	}
	b, _ := l.Tag.Base() // a Tag that is not Und always has a base
	return b.String()
}

// Name returns the English name of the language ("Dutch"), or
// "Undetermined".
func (l Language) Name() string {
	if l.Tag == language.Und {
		return "Undetermined"
	}
	b, _ := l.Tag.Base()
	if n, ok := languageNames[b.String()]; ok {
		return n
	}
	return b.String()
}

// IsUndetermined reports whether no language was determined.
func (l Language) IsUndetermined() bool { return l.Tag == language.Und }

// String returns the language's code, as Code does.
func (l Language) String() string { return l.Code() }

type languageJSON struct {
	Code       string  `json:"code"`
	Name       string  `json:"name"`
	Confidence float64 `json:"confidence"`
}

// MarshalJSON encodes the language as {"code","name","confidence"}.
func (l Language) MarshalJSON() ([]byte, error) {
	return json.Marshal(languageJSON{Code: l.Code(), Name: l.Name(), Confidence: l.Confidence})
}

// UnmarshalJSON decodes the form written by MarshalJSON. An empty or "und"
// code decodes to the undetermined language.
func (l *Language) UnmarshalJSON(b []byte) error {
	var v languageJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*l = Language{Confidence: v.Confidence}
	if v.Code == "" || v.Code == "und" {
		return nil
	}
	t, err := language.Parse(v.Code)
	if err != nil {
		return err
	}
	l.Tag = t
	return nil
}

// languageNames holds the English names of the languages the trade press
// writes in; other languages print their code.
var languageNames = map[string]string{
	"ar": "Arabic", "cs": "Czech", "da": "Danish", "de": "German", "el": "Greek",
	"en": "English", "es": "Spanish", "fi": "Finnish", "fr": "French",
	"hu": "Hungarian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
	"nl": "Dutch", "no": "Norwegian", "nb": "Norwegian Bokmål", "pl": "Polish",
	"pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
	"sv": "Swedish", "tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}

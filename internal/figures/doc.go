// Package figures finds money, percent and quantity figures in auto-industry
// news text in several languages.
package figures

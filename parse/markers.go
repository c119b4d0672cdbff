package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/autonews/autonews/entity"
)

// A heading is a line that stands for a block of page furniture.
type heading struct {
	reason entity.Reason
	// terminal headings ("Recent Posts", "Comments") start a section that
	// runs to the end of the text.
	terminal bool
	// list headings ("Read also") own the short lines and bullets after them.
	list bool
	// byline headings ("Published by") own the name on the next line.
	byline bool
	// bio headings ("About the author") own the next paragraph.
	bio bool
}

func words(reason entity.Reason, h heading, ws ...string) map[string]heading {
	h.reason = reason
	m := make(map[string]heading, len(ws))
	for _, w := range ws {
		m[w] = h
	}
	return m
}

func merge(ms ...map[string]heading) map[string]heading {
	out := map[string]heading{}
	for _, m := range ms {
		for k, v := range m {
			out[k] = v
		}
	}
	return out
}

// headings maps the lower-case text of a whole line (bullets, trailing
// colons and space cut) to what it heads.
var headings = merge(
	words(entity.RelatedLinks, heading{list: true},
		"read also", "read more", "also read", "see also", "related", "related articles",
		"related posts", "related news", "related stories", "more on this topic", "you may also like",
		"lees ook", "lees meer", "zie ook", "ook interessant", "gerelateerde artikelen", "meer over dit onderwerp",
		"à lire aussi", "a lire aussi", "lire aussi", "voir aussi", "à lire également", "sur le même sujet", "articles similaires",
		"lesen sie auch", "auch interessant", "mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "weitere artikel zum thema", "passend dazu",
		"leggi anche", "potrebbe interessarti", "articoli correlati", "leggi pure",
		"lee también", "leer también", "te puede interesar", "noticias relacionadas", "artículos relacionados",
		"leia também", "veja também", "leia mais", "notícias relacionadas", "artigos relacionados",
		"czytaj także", "czytaj też", "czytaj więcej", "zobacz też", "zobacz także", "przeczytaj również", "polecamy",
		"čtěte také", "přečtěte si také", "související články", "mohlo by vás zajímat",
		"läs också", "läs även", "läs mer", "relaterade artiklar",
		"ayrıca okuyun", "ilgili haberler", "bunlar da ilginizi çekebilir", "benzer haberler",
		"相关阅读", "相关文章", "相关新闻", "延伸阅读", "更多阅读", "更多閱讀", "延伸閱讀", "相關新聞", "関連記事", "あわせて読みたい", "관련 기사", "관련기사", "함께 보면 좋은 기사",
		"you might also like", "you may also be interested in", "recommended for you", "recommended stories",
		"related content", "related coverage", "more on this story",
		"misschien ook interessant", "dit vind je misschien ook interessant", "ook leuk",
		"vous aimerez aussi", "vous aimerez également", "vous aimerez peut-être aussi", "à découvrir aussi", "à découvrir également", "à voir aussi",
		"das könnte sie interessieren", "empfohlene artikel", "empfehlungen der redaktion",
		"potrebbe interessarti anche", "ti potrebbe interessare", "potrebbero interessarti",
		"también te puede interesar", "te podría interesar", "puede interesarte", "te recomendamos",
		"você também pode gostar", "você pode gostar", "também pode gostar", "você pode se interessar", "também te pode interessar",
		"może cię zainteresować", "mogą cię zainteresować", "zobacz również", "mohlo by vás také zajímat", "také by vás mohlo zajímat",
		"du kanske också gillar", "du kanske också är intresserad av", "ilginizi çekebilir",
		"你可能还喜欢", "猜你喜欢", "おすすめ記事", "こちらもおすすめ", "추천 기사"),
	words(entity.Share, heading{},
		"share", "share this", "share this article", "share this story", "share on facebook", "share on twitter", "share on x",
		"tweet", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "e-mail", "email", "telegram", "print", "copy link",
		"delen", "deel dit artikel", "deel dit bericht", "deel op facebook",
		"partager", "partagez", "partager cet article", "partager sur facebook",
		"teilen", "artikel teilen", "beitrag teilen", "jetzt teilen", "condividi", "condividi l'articolo", "condividi su facebook",
		"compartir", "compartir en facebook", "compartilhar", "compartilhe", "partilhar", "udostępnij", "sdílet", "sdílejte",
		"dela", "dela artikeln", "paylaş", "分享", "分享到", "共有", "シェア", "공유", "공유하기"),
	words(entity.RecentPosts, heading{terminal: true},
		"recent posts", "recent articles", "latest posts", "latest news", "latest articles", "most read", "most popular",
		"popular posts", "trending now", "more news", "more stories", "in other news",
		"recente berichten", "recente artikelen", "laatste nieuws", "meest gelezen", "populair", "meer nieuws",
		"articles récents", "derniers articles", "dernières actualités", "les plus lus",
		"neueste beiträge", "aktuelle beiträge", "neueste artikel", "meistgelesen", "meistgelesene artikel", "weitere nachrichten",
		"articoli recenti", "ultime notizie", "ultimi articoli", "più letti",
		"entradas recientes", "últimas noticias", "lo más leído", "más leídas", "artículos recientes",
		"posts recentes", "últimas notícias", "mais lidas", "artigos recentes",
		"najnowsze wpisy", "ostatnie wpisy", "najnowsze artykuły", "najczęściej czytane", "najnowsze",
		"nejnovější články", "nejčtenější", "poslední články",
		"senaste inläggen", "senaste nytt", "mest läst", "senaste artiklar",
		"son yazılar", "son haberler", "en çok okunanlar",
		"最新文章", "最新资讯", "热门文章", "最新記事", "人気記事", "최신 기사", "많이 본 뉴스", "인기 기사",
		"trending", "trending stories", "trending articles", "popular now", "most viewed", "most shared", "top stories",
		"trending nu", "le plus lu", "les plus lus du moment", "meistgelesene", "meist gelesen", "beliebteste artikel",
		"i più letti", "i più visti", "più visti", "lo más visto", "más vistos", "lo más leído hoy", "mais lidos", "mais vistos",
		"najpopularniejsze", "nejčtenější články", "mest lästa", "en çok okunan", "popüler haberler",
		"热门新闻", "アクセスランキング", "많이 본 기사"),
	words(entity.Comments, heading{terminal: true},
		"comments", "show comments", "view comments", "leave a comment", "leave a reply", "post a comment", "add a comment", "no comments",
		"reacties", "reacties bekijken", "toon reacties", "reageer", "laat een reactie achter", "plaats een reactie", "geef een reactie",
		"commentaires", "afficher les commentaires", "voir les commentaires", "laisser un commentaire", "laissez un commentaire", "réagir",
		"kommentare", "kommentare anzeigen", "kommentar schreiben", "kommentieren",
		"commenti", "mostra commenti", "lascia un commento", "commenta",
		"comentarios", "ver comentarios", "deja un comentario", "deja una respuesta", "comenta el artículo", "comenta la noticia", "comentar", "comentários", "ver comentários", "deixe um comentário", "deixe uma resposta",
		"komentarze", "pokaż komentarze", "dodaj komentarz", "skomentuj", "komentáře", "zobrazit komentáře", "diskuze", "přidat komentář",
		"kommentarer", "visa kommentarer", "lämna en kommentar", "diskutera", "yorumlar", "yorumları göster", "yorum yap", "yorum yaz",
		"评论", "发表评论", "コメント", "コメントする", "댓글", "댓글 쓰기"),
	words(entity.Advertisement, heading{},
		"advertisement", "advertising", "sponsored", "sponsored content", "ad",
		"advertentie", "gesponsord", "publicité", "sponsorisé", "anzeige", "werbung", "gesponsert",
		"pubblicità", "sponsorizzato", "publicidad", "patrocinado", "publicidade",
		"reklama", "ogłoszenie", "annons", "reklam", "广告", "広告", "광고"),
	words(entity.AuthorBox, heading{byline: true},
		"published by", "posted by", "written by", "author", "by",
		"gepubliceerd door", "geschreven door", "auteur", "door",
		"publié par", "écrit par", "rédigé par",
		"veröffentlicht von", "geschrieben von", "autor", "autorin", "von",
		"pubblicato da", "scritto da", "autore",
		"publicado por", "escrito por",
		"opublikowane przez", "napisane przez", "autorka", "publikoval", "publikovala",
		"publicerad av", "skriven av", "skribent", "yazar", "yazan", "作者", "記者", "기자"),
	words(entity.AuthorBox, heading{bio: true},
		"about the author", "over de auteur", "over de schrijver", "à propos de l'auteur", "l'auteur",
		"über den autor", "über die autorin", "zum autor", "sull'autore", "l'autore", "sobre el autor",
		"sobre o autor", "o autorze", "o autorovi", "om skribenten", "om författaren", "yazar hakkında",
		"关于作者", "著者について", "기자 소개"),
	words(entity.Newsletter, heading{},
		"newsletter", "subscribe", "sign up", "nieuwsbrief", "abonneer", "abonneren", "s'abonner", "abonnez-vous",
		"abonnieren", "jetzt abonnieren", "iscriviti", "suscríbete", "assine", "zapisz się", "přihlásit k odběru",
		"prenumerera", "abone ol", "订阅", "購読", "구독"),
	words(entity.Tags, heading{},
		"tags", "tag", "tagged", "trefwoorden", "labels", "étiquettes", "mots-clés", "mots clés", "schlagwörter", "schlagworte",
		"stichwörter", "etichette", "etiquetas", "tagi", "štítky", "taggar", "etiketler", "标签", "タグ", "태그"),
)

// labels maps the lower-case text before a colon to what a "label: value"
// line is: "Lees ook: ...", "Tags: a, b", "Share: ...".
var labels = merge(
	words(entity.RelatedLinks, heading{}, keysOf(headings, entity.RelatedLinks)...),
	words(entity.Share, heading{}, "share", "share this", "delen", "partager", "teilen", "condividi", "compartir",
		"compartilhar", "partilhar", "udostępnij", "sdílet", "dela", "paylaş", "分享", "共有", "공유"),
	words(entity.Tags, heading{}, keysOf(headings, entity.Tags)...),
	words(entity.Newsletter, heading{}, keysOf(headings, entity.Newsletter)...),
	words(entity.Comments, heading{}, commentKeys()...),
	// notices, on lines of up to 120 bytes
	words(entity.OtherBoilerplate, heading{}, "our standards", "editor's note", "editor’s note"),
)

// captionLabels are the lower-case labels of photo captions and credits
// ("Photo: ...", "Bild: dpa", "(Image: ...)"), recognized on lines of up
// to 120 bytes, or 240 bytes in brackets.
var captionLabels = map[string]bool{
	"photo": true, "photos": true, "photo credit": true, "photo credits": true, "image": true, "images": true,
	"image credit": true, "image source": true, "picture": true, "credit": true, "credits": true, "illustration": true,
	"foto": true, "foto's": true, "fotos": true, "beeld": true, "afbeelding": true, "fotografie": true,
	"crédit photo": true, "crédits photo": true, "crédit": true, "crédits": true, "photo d'illustration": true,
	"bild": true, "bilder": true, "bildquelle": true, "bildnachweis": true, "titelbild": true,
	"immagine": true, "immagini": true, "imagen": true, "imágenes": true, "imagem": true, "imagens": true,
	"zdjęcie": true, "zdjęcia": true, "fot": true, "fot.": true, "obrázek": true,
	"fotoğraf": true, "görsel": true, "图片": true, "图片来源": true, "写真": true, "사진": true,
}

// creditPrefixes start the credit lines of wire stories, after an
// optional parenthesis: "Reporting by Jane Doe; Editing by John Roe",
// "(Bericht von Anna Keller, redigiert von ...)". A name must follow the
// prefix.
var creditPrefixes = []string{
	"reporting by", "additional reporting by", "writing by", "editing by", "compiled by", "reported by",
	"research by", "graphics by", "reportage de", "reportage", "rédaction", "édité par", "version française",
	"bericht von", "mitarbeit", "redigiert von", "redaktion", "hanno collaborato", "a cura di", "redazione",
	"reporte de", "reportaje de", "información de", "editado por", "reportagem de", "reportagem", "edição de",
	"reportage door", "bewerkt door", "redactie", "opracowanie", "oprac.", "zpracoval", "zpracovala",
	"rapportering av", "redigerad av", "derleyen",
}

// cjkCreditPrefixes start the writer's credit in brackets at the end of a
// Chinese article: "(文/汽车之家 周宇轩)", "（文／…）".
var cjkCreditPrefixes = []string{"(文/", "(文／", "（文/", "（文／", "(记者", "(記者", "（记者", "（記者"}

// creditSeps end the first name of a credit line.
var creditSeps = []string{";", ",", ")", " in ", " and ", " from ", " at ", " à ", " en ", " a ", " aus ", " und ", " e ", " y ", " et ", " och "}

// creditStarts holds the first bytes of creditPrefixes.
var creditStarts = func() (b [256]bool) {
	for _, p := range creditPrefixes {
		b[p[0]] = true
	}
	return b
}()

// agencyPrefixes introduce the news agencies a story was written with:
// "Mit Material von dpa", "Avec AFP", "(con Ansa)", "Source: Reuters".
var agencyPrefixes = []string{
	"mit material von", "mit material der", "mit material des", "mit material", "material", "mit",
	"with files from", "with", "avec", "met", "con información de", "con informacion de", "con", "com informações de",
	"com informações da", "com", "z", "s", "med", "ile", "source", "sources", "quelle", "quellen", "fonte", "fonti",
	"fuente", "fuentes", "bron", "bronnen", "źródło", "zdroj", "källa", "kaynak",
}

// agencies are the lower-case names of the news agencies that credit
// lines name, and the words for "agencies".
var agencies = map[string]bool{
	"afp": true, "reuters": true, "dpa": true, "ap": true, "ansa": true, "efe": true, "europa press": true,
	"lusa": true, "belga": true, "anp": true, "pap": true, "čtk": true, "ctk": true, "tt": true, "anadolu": true,
	"aa": true, "xinhua": true, "kyodo": true, "yonhap": true, "apa": true, "sda": true, "keystone-sda": true,
	"kna": true, "epd": true, "sid": true, "dpa-afx": true, "afx": true, "agi": true, "adnkronos": true,
	"agência brasil": true, "agencia brasil": true, "estadão conteúdo": true, "agence france-presse": true,
	"associated press": true, "bloomberg": true, "dow jones": true, "awp": true, "iha": true, "dha": true,
	"bernama": true, "pti": true, "ians": true, "ani": true, "jiji": true, "rtr": true, "tass": true,
	"agences": true, "agencies": true, "agenturen": true, "agenzie": true, "agencias": true, "agências": true,
	"agentschappen": true, "agencje": true, "agentury": true, "byråerna": true, "ajanslar": true,
	"新华社": true, "共同通信": true, "연합뉴스": true,
}

// agencySeps separate the agencies of a credit line.
var agencySeps = strings.NewReplacer(", ", "|", ",", "|", "/", "|", " and ", "|", " und ", "|", " et ", "|",
	" e ", "|", " y ", "|", " i ", "|", " och ", "|", " ve ", "|", " en ", "|", " a ", "|", "; ", "|")

// agencyCredit reports whether t is a line that credits news agencies:
// "Mit Material von dpa", "Avec AFP et Reuters", "(con Ansa)", "(dpa)".
func agencyCredit(t string) bool {
	if len(t) > 100 {
		return false
	}
	key := strings.TrimRight(trimText(t), ".")
	paren := strings.HasPrefix(key, "(") && strings.HasSuffix(key, ")")
	if paren {
		key = trimText(key[1 : len(key)-1])
		if agencyList(key) {
			return true
		}
	}
	for _, p := range agencyPrefixes {
		if len(key) <= len(p) || !strings.EqualFold(key[:len(p)], p) {
			continue
		}
		rest := key[len(p):]
		if rest[0] != ' ' && rest[0] != ':' {
			continue
		}
		if agencyList(trimText(strings.TrimLeft(rest, ": "))) {
			return true
		}
	}
	return false
}

// agencyList reports whether key names only agencies.
func agencyList(key string) bool {
	if key == "" {
		return false
	}
	for _, a := range strings.Split(agencySeps.Replace(strings.ToLower(key)), "|") {
		if !agencies[trimText(a)] {
			return false
		}
	}
	return true
}

// credit reports whether t is the credit line of a wire story ("Reporting
// by Jane Doe; Editing by John Roe", "(Reportage Gilles Martin, édité par
// ...)") or a line that credits news agencies.
func credit(t string) bool {
	if len(t) > 400 {
		return false
	}
	for _, p := range cjkCreditPrefixes {
		if strings.HasPrefix(t, p) && (strings.HasSuffix(t, ")") || strings.HasSuffix(t, "）")) {
			return true
		}
	}
	u := strings.TrimLeft(t, "([ ")
	if u == "" || !creditStarts[lowerASCII(u[0])] {
		return agencyCredit(t)
	}
	for _, p := range creditPrefixes {
		if len(u) <= len(p)+1 || !strings.EqualFold(u[:len(p)], p) {
			continue
		}
		rest := u[len(p):]
		if rest[0] == ':' {
			rest = rest[1:]
		}
		if rest == "" || !isSpace(rune(rest[0])) {
			continue
		}
		rest = trimText(rest)
		end := len(rest)
		for _, sep := range creditSeps {
			if i := strings.Index(rest, sep); i >= 0 && i < end {
				end = i
			}
		}
		if nameLike(rest[:end]) {
			return true
		}
	}
	return agencyCredit(t)
}

// readingTimeRE matches a line that gives an article's reading time:
// "3 min read", "Lesezeit: 4 Minuten", "Temps de lecture : 4 min".
var readingTimeRE = regexp.MustCompile(`(?i)^(?:(?:reading time|read time|lesezeit|lesedauer|leestijd|temps de lecture|` +
	`tempo di lettura|tempo de leitura|tiempo de lectura|tiempo estimado de lectura|czas czytania|doba čtení|lästid|` +
	`okuma süresi|阅读时间|阅读时长|読了時間|읽는 시간)[\s:：]*(?:ca\.?\s*|circa\s*|about\s*|environ\s*|~\s*)?\d+\s*\p{L}*\.?` +
	`|\d+\s*(?:-\s*)?(?:min|mins|minute|minutes|minuten|minuti|minutos|minut|minuty|dakika|分)\.?\s*(?:read|reading|lesezeit|leestijd|de lecture|di lettura|de lectura|de leitura|läsning|okuma|czytania|čtení)` +
	`)$`)

// stampWords start the publication and update lines of news pages.
var stampWords = []string{"published", "updated", "last updated", "posted", "gepubliceerd", "bijgewerkt",
	"laatst bijgewerkt", "publié", "mis à jour", "actualisé", "veröffentlicht", "aktualisiert", "zuletzt aktualisiert",
	"stand", "pubblicato", "aggiornato", "ultimo aggiornamento", "publicado", "actualizado", "atualizado",
	"opublikowano", "zaktualizowano", "aktualizacja", "publikováno", "aktualizováno", "publicerad", "uppdaterad",
	"yayınlanma", "yayınlandı", "güncellendi", "güncelleme", "发布时间", "更新时间", "公開日", "更新日", "입력", "수정"}

// timeOfDayRE matches a time of day: "9:12", "08h15", "10.15 Uhr".
var timeOfDayRE = regexp.MustCompile(`(?i)(?:^|[^\d.,])\d{1,2}(?::\d{2}|h\d{2}|\.\d{2}` + sp + `*(?:uhr|u|h|am|pm|a\.m\.|p\.m\.|gmt|bst|cet|cest|et))(?:[^\d]|$)`)

// stampLine reports whether t is a short publication or update line that
// holds a time of day, without a date or with one that lacks the year:
// "Updated 9:12 a.m. ET", "Aktualisiert: 14:35 Uhr", "Mis à jour à 10h02".
func stampLine(t string) bool {
	if len(t) > 80 || !hasDigit(t) || endsSentence(t) && !strings.HasSuffix(t, ".m.") {
		return false
	}
	for _, w := range stampWords {
		if len(t) <= len(w) || !strings.EqualFold(t[:len(w)], w) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t[len(w):])
		if isSpace(r) || r == ':' || r == '：' {
			return len(strings.Fields(t)) <= 10 && timeOfDayRE.MatchString(t)
		}
	}
	return false
}

// moreFromWords start the heading of a publisher's teaser section:
// "More from Reuters", "Weitere Artikel von Autobild".
var moreFromWords = []string{"more from", "more stories from", "more news from", "plus d'articles de",
	"weitere artikel von", "meer artikelen van", "altri articoli di", "más artículos de", "mais artigos de"}

func keysOf(m map[string]heading, r entity.Reason) []string {
	var ks []string
	for k, v := range m {
		if v.reason == r && !v.terminal {
			ks = append(ks, k)
		}
	}
	return ks
}

// commentKeys returns the comment headings ("comments", "diskutera"),
// which also stand as labels: "Diskutera: Tror du att ...?".
func commentKeys() []string {
	var ks []string
	for k, v := range headings {
		if v.reason == entity.Comments {
			ks = append(ks, k)
		}
	}
	return ks
}

// categoryLabels are the lower-case words that introduce a categories line.
var categoryLabels = map[string]bool{
	"categories": true, "category": true, "categorieën": true, "categorie": true, "rubriek": true,
	"catégories": true, "catégorie": true, "rubrique": true, "rubriques": true,
	"kategorien": true, "kategorie": true, "rubrik": true, "ressort": true,
	"categoria": true, "sezione": true,
	"categorías": true, "categoría": true, "sección": true, "categorias": true,
	"kategoria": true, "kategorii": true, "rubryka": true,
	"kategorier": true, "kategori": true, "kategoriler": true,
	"分类": true, "分類": true, "类别": true, "カテゴリー": true, "カテゴリ": true, "카테고리": true, "분류": true,
}

// relativeTimeRE matches a line that is only a relative time, as the
// teaser lists of news sites print them: "51 mins ago", "il y a 3 heures",
// "vor 2 Stunden", "2 uur geleden", "3 saat önce", "3小时前".
var relativeTimeRE = regexp.MustCompile(`(?i)^(?:(?:updated|posted|published|bijgewerkt|geplaatst|gepubliceerd|` +
	`mis à jour|publié|aktualisiert|veröffentlicht|aggiornato|pubblicato|actualizado|publicado|atualizado|` +
	`zaktualizowano|opublikowano|aktualizováno|publikováno|uppdaterad|publicerad|güncellendi|yayınlandı)[:\s]+)?(?:` +
	`(?:about |an? )?\d+\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?)\s+ago` +
	`|(?:il y a|voici)\s+\d+\s*(?:s|sec|secondes?|min|minutes?|h|heures?|jours?|semaines?|mois|ans?)` +
	`|vor\s+\d+\s*(?:sek\.?|sekunden?|min\.?|minuten?|std\.?|stunden?|tag(?:en)?|wochen?|monaten?|jahren?)` +
	`|\d+\s*(?:sec|seconden?|min|minuten?|uur|u|dag(?:en)?|weken?|maanden?|jaar)\s+geleden` +
	`|\d+\s*(?:sec|secondi|min|minuti|ora|ore|giorni?|settimane?|mesi?|anni?)\s+fa` +
	`|hace\s+\d+\s*(?:s|seg|segundos?|min|minutos?|h|horas?|días?|semanas?|meses?|años?)` +
	`|h[áa]\s+\d+\s*(?:s|seg|segundos?|min|minutos?|h|horas?|dias?|semanas?|meses?|anos?)` +
	`|\d+\s*(?:sek|sekund[ya]?|min|minut[ya]?|godz\.?|godzin[ya]?|dni|dzień|tygodni[e]?|miesięcy|lat)\s+temu` +
	`|před\s+\d+\s*(?:sek|sekundami|min|minutami|hod|hodinami|hodinou|dny|dnem|týdny|měsíci|lety)` +
	`|\d+\s*(?:sek|sekunder|min|minuter|tim|timmar|timme|dagar?|veckor?|månader?|år)\s+sedan` +
	`|\d+\s*(?:sn|saniye|dk|dakika|sa|saat|gün|hafta|ay|yıl)\s+önce` +
	`|\d+\s*(?:秒|分钟|小时|天|周|个月|年)前` +
	`|\d+\s*(?:秒|分|時間|日|週間|か月|ヶ月|年)前` +
	`|\d+\s*(?:초|분|시간|일|주|개월|년)\s*전` +
	`|yesterday|gisteren|hier|gestern|ieri|ayer|ontem|wczoraj|včera|igår|dün|昨天|昨日|어제` +
	`)$`)

// yesterdayWords are the relative times without a number.
var yesterdayWords = map[string]bool{
	"yesterday": true, "gisteren": true, "hier": true, "gestern": true, "ieri": true, "ayer": true, "ontem": true,
	"wczoraj": true, "včera": true, "igår": true, "dün": true, "昨天": true, "昨日": true, "어제": true,
}

// relativeCandidate reports whether the lower-case key may match
// relativeTimeRE, which needs a number or ends with yesterdayWords.
func relativeCandidate(key string) bool {
	if hasDigit(key) {
		return true
	}
	i := strings.LastIndexAny(key, " \t\f\r:")
	return yesterdayWords[key[i+1:]]
}

// readingCandidate reports whether the lower-case key may match
// readingTimeRE, which needs a number of minutes.
func readingCandidate(key string) bool {
	return hasDigit(key) && (strings.Contains(key, "min") || strings.Contains(key, "dakika") ||
		strings.Contains(key, "分") || strings.Contains(key, "분"))
}

// homeWords start breadcrumb trails ("Home > News > Electric").
var homeWords = map[string]bool{
	"home": true, "start": true, "homepage": true, "accueil": true, "startseite": true, "inicio": true,
	"início": true, "strona główna": true, "úvod": true, "hem": true, "anasayfa": true, "ana sayfa": true,
	"首页": true, "ホーム": true, "홈": true,
}

// newsletterWords flag newsletter promotions on lines of up to 300 bytes,
// subscribeWords on lines of up to 160 bytes, cookieWords consent notices.
// They are matched ignoring the case of ASCII letters.
var (
	newsletterWords = []string{"newsletter", "nieuwsbrief", "lettre d'information", "infolettre", "boletín",
		"boletim", "bollettino", "nyhetsbrev", "biuletyn", "zpravodaj", "bülten", "ニュースレター", "뉴스레터", "订阅我们"}
	subscribeWords = []string{"subscribe", "sign up", "suscríbete", "suscribirse", "abonneer", "schrijf je in",
		"abonnez-vous", "inscrivez-vous", "abonnieren", "iscriviti", "assine", "inscreva-se", "zapisz się",
		"subskrybuj", "přihlaste se", "odebírejte", "prenumerera", "abone ol", "cadastre-se", "regístrate",
		"registrati", "meld je aan", "inscris-toi", "in your inbox", "in je inbox", "in je mailbox",
		"dans votre boîte", "in ihr postfach", "in ihrem postfach", "nella tua casella", "en tu bandeja",
		"no seu e-mail", "na sua caixa", "na twoją skrzynkę", "do vaší schránky", "i din inkorg"}
	cookieWords = []string{"cookie"}
)

// containsAny reports whether s contains one of words, ignoring the case
// of ASCII letters.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains sub (lower case), ignoring the
// case of ASCII letters in s.
func containsFold(s, sub string) bool {
	if len(sub) == 0 {
		return true
	}
	c0 := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		if lowerASCII(s[i]) != c0 {
			continue
		}
		j := 1
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}

func lowerASCII(b byte) byte {
	if 'A' <= b && b <= 'Z' {
		return b + 'a' - 'A'
	}
	return b
}

// A mark says what a line was recognized as.
type mark struct {
	reason entity.Reason
	head   heading
	// author is the span of a name found on an author-box line.
	author   entity.Span
	marker   bool // the line is page furniture
	relative bool // the line is only a relative time
	// meta lines belong to a header when they stand at the top: reading
	// times and publication lines without a full date.
	meta bool
	// caption lines are photo captions and credits.
	caption bool
}

// classify returns the page-furniture mark of the line t, which starts at
// byte offset off of the source.
func classify(t string, off int) mark {
	key := lowerKey(t)
	if key != "" {
		if h, ok := headings[countless(key)]; ok {
			return mark{reason: h.reason, marker: true, head: h}
		}
		if h, ok := listHeading(key, t); ok {
			return mark{reason: h.reason, marker: true, head: h}
		}
		if r, ok := callToAction(key); ok {
			return mark{reason: r, marker: true}
		}
		if len(key) <= 48 && relativeCandidate(key) && relativeTimeRE.MatchString(key) {
			return mark{reason: entity.RecentPosts, marker: true, relative: true}
		}
		if len(key) <= 48 && readingCandidate(key) && readingTimeRE.MatchString(key) {
			return mark{reason: entity.OtherBoilerplate, marker: true, meta: true}
		}
	}
	if credit(t) {
		return mark{reason: entity.AuthorBox, marker: true}
	}
	if key != "" && len(t) <= 120 && !endsSentence(t) && readMoreLine(key) {
		// "Läs mer om Polestar på Dagens PS": a link under a read-more phrase.
		return mark{reason: entity.RelatedLinks, marker: true}
	}
	if moreFrom(t) {
		h := heading{reason: entity.RecentPosts, terminal: true}
		return mark{reason: h.reason, marker: true, head: h}
	}

	if name, ok := byline(t, off); ok {
		return mark{reason: entity.AuthorBox, marker: true, author: name}
	}
	if stampLine(t) {
		return mark{reason: entity.OtherBoilerplate, marker: true, meta: true}
	}
	if i := labelEnd(t); i > 0 {
		label := strings.ToLower(trimText(t[:i]))
		label, _ = cutBullet(label)
		if h, ok := labels[label]; ok && (h.reason != entity.OtherBoilerplate && len(t) <= maxLabelLine || len(t) <= 120) {
			return mark{reason: h.reason, marker: true}
		}
		if captionLabels[strings.TrimLeft(label, "([")] && (len(t) <= 120 || len(t) <= 240 && (t[0] == '(' || t[0] == '[')) {
			return mark{reason: entity.OtherBoilerplate, marker: true, caption: true}
		}
		if categoryLabels[label] && len(t) <= maxLabelLine {
			return mark{reason: entity.Tags, marker: true}
		}
	}
	switch {
	case len(t) <= 240 && copyright(t):
		return mark{reason: entity.OtherBoilerplate, marker: true}
	case inlineCredit(t):
		return mark{reason: entity.Caption, marker: true, caption: true}
	case cjkMeta(t):
		return mark{reason: entity.AuthorBox, marker: true, meta: true}
	case len(t) <= 240 && endCredit(t), len(t) <= 30 && galleryRE.MatchString(t):
		return mark{reason: entity.OtherBoilerplate, marker: true, caption: true}
	case strings.HasPrefix(t, "![") && isImage(t):
		return mark{reason: entity.Caption, marker: true, caption: true}
	case len(t) <= 80 && hasPrefixFold(t, audioWords):
		return mark{reason: entity.OtherBoilerplate, marker: true, meta: true}
	case len(t) <= 300 && hasPrefixFold(t, firstPublishedWords):
		return mark{reason: entity.OtherBoilerplate, marker: true}
	case len(t) <= 600 && containsAny(t, cookieWords):
		return mark{reason: entity.Cookie, marker: true}
	case len(t) <= 300 && containsAny(t, newsletterWords), len(t) <= 160 && containsAny(t, subscribeWords):
		return mark{reason: entity.Newsletter, marker: true}
	case len(t) <= 160 && strings.ContainsAny(t, ">»/›") && breadcrumb(strings.ToLower(t)):
		return mark{reason: entity.Navigation, marker: true}
	case len(t) <= 160 && socialRow(strings.ToLower(t)):
		return mark{reason: entity.Share, marker: true}
	}
	return mark{}
}

// maxLabelLine is the longest a "label: value" line of page furniture
// ("Tags: ...", "Read also: ...") may be, in bytes: a longer one holds
// running text after its label.
const maxLabelLine = 300

// creditWords introduce the picture credit that ends a caption: "...
// Oliver Blume. Foto: Bernd Weißbrod/Archiv", "... - Foto: AP/TT",
// "(Photo: Reuters)".
var creditWords = map[string]bool{
	"foto": true, "fotos": true, "photo": true, "photos": true, "bild": true, "bildquelle": true, "image": true,
	"imagen": true, "imagem": true, "immagine": true, "credit": true, "crédito": true, "crédit": true,
	"zdjęcie": true, "fot.": true, "kuva": true, "source": true, "quelle": true, "källa": true,
}

// cjkCreditWords end the captions of Chinese and Japanese pages, in
// brackets ("（記者楊雅民攝）", "（示意圖／資料庫）", "(出所:BYD JAPAN)",
// "(写真提供:ロイター=共同)").
var cjkCreditWords = []string{"攝", "摄", "撮影", "示意圖", "示意图", "資料照", "资料图", "資料庫", "资料库",
	"图片来源", "圖片來源", "写真", "出所", "提供"}

// maxCreditName is the longest a credit's name may be, in bytes.
const maxCreditName = 80

// inlineCredit reports whether t, a short line, is a photo caption that
// ends in a picture credit: a credit word and a colon before a short name
// with no sentence end, "© name", "Symbolbild", a CJK credit in brackets,
// "=name撮影" or a closing "圖". It reads the line's end only, without
// regexps, since every line of every article goes through it.
func inlineCredit(t string) bool {
	if len(t) > 600 {
		return false
	}
	if len(t) <= 400 {
		// The last colons and a '©' near the end ("Photo: AFP: Behrouz
		// Mejri" has two).
		for end := len(t); end > 0 && len(t)-end <= maxCreditName; {
			i := strings.LastIndexAny(t[:end], ":©")
			if i < 0 || len(t)-i > maxCreditName+2 {
				break
			}
			name := strings.TrimSuffix(trimText(t[i+1:]), ")")
			ok := t[i] != ':'
			if !ok {
				j := strings.LastIndexAny(t[:i], " \t(|–—-.") + 1
				ok = creditWords[strings.ToLower(trimText(t[j:i]))]
			}
			if ok && name != "" && !strings.ContainsAny(name, ".!?") {
				return true
			}
			end = i
		}
		if containsFold(t, "symbolbild") {
			return true
		}
	}
	for _, p := range []string{"图/", "圖/", "圖／", "图／"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	u := trimText(t)
	switch {
	case strings.HasSuffix(u, ")") || strings.HasSuffix(u, "）"):
		open := max(strings.LastIndex(u, "("), strings.LastIndex(u, "（"))
		if open < 0 || len(u)-open > 100 {
			return false
		}
		return containsAny(u[open:], cjkCreditWords)
	case strings.HasSuffix(u, "撮影"):
		i := max(strings.LastIndex(u, "="), strings.LastIndex(u, "＝"))
		return i >= 0 && len(u)-i <= 60
	case strings.HasSuffix(u, "圖") || strings.HasSuffix(u, "图"):
		r, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(strings.TrimSuffix(u, "圖"), "图"))
		return r == ' ' || r == '?' || r == '？'
	}
	return false
}

// cjkMetaRE matches the source, author and editor lines of Chinese pages
// ("来源:京华时报  作者:佚名  责任编辑:孙建鹏", "[汽車之家 新聞]") and their
// bylines ("記者楊雅民／專題報導", "實習編輯藍子瑄／台北報導", "南方周末記者 黃金萍").
var cjkMetaRE = regexp.MustCompile(`^(?:(?:来源|來源|出处|出處|作者|责任编辑|責任編輯|编辑|編輯|记者|記者)\s*[:：]|` +
	`\p{Han}{0,8}(?:記者|记者|編輯|编辑)\s*[\p{Han}・·]{2,5}\s*(?:[／/]\s*\p{Han}{0,6}(?:報導|报道|報道))?\s*$|` +
	`[\p{Han}・·]{2,5}\s*[／/]\s*\p{Han}{0,6}(?:報導|报道|報道)\s*$|\[[^\]]{1,20}(?:新聞|新闻|ニュース)\]\s*$)`)

// cjkMeta reports whether t is such a line.
func cjkMeta(t string) bool { return len(t) <= 240 && cjkMetaRE.MatchString(t) }

// readMoreLine reports whether key, a line's lower-case form, starts with
// a read-more phrase followed by the linked headline ("läs mer om
// polestar på dagens ps", "czytaj więcej: ...").
func readMoreLine(key string) bool {
	for i := 0; i < len(key) && i < 40; i++ {
		if key[i] != ' ' {
			continue
		}
		if h, ok := headings[strings.TrimRight(key[:i], ":")]; ok && h.reason == entity.RelatedLinks && h.list {
			return true
		}
	}
	return false
}

// labelEnd returns the index of the colon that ends a short label at the
// start of t ("Tags: ..."), or -1.
func labelEnd(t string) int {
	lim := min(len(t), 48)
	for i := 0; i < lim; i++ {
		switch t[i] {
		case ':':
			return i
		case 0xEF: // "：" is EF BC 9A
			if strings.HasPrefix(t[i:], "：") {
				return i
			}
		}
	}
	return -1
}

// socialRow reports whether the lower-case line lists only share targets
// ("facebook twitter linkedin e-mail").
func socialRow(low string) bool {
	fs := strings.FieldsFunc(low, func(r rune) bool { return r == ' ' || r == '|' || r == '/' || r == '·' || r == ',' })
	if len(fs) < 2 {
		return false
	}
	for _, f := range fs {
		if h, ok := headings[f]; !ok || h.reason != entity.Share {
			return false
		}
	}
	return true
}

// breadcrumb reports whether the lower-case line is a navigation trail
// that starts at the home page ("home > nieuws > elektrisch").
func breadcrumb(low string) bool {
	i := strings.IndexAny(low, ">»/›")
	if i <= 0 {
		return false
	}
	first := low[:i]
	if j := strings.LastIndexAny(first, ":："); j >= 0 {
		// "您现在的位置是: 首页 > ...", "You are here: Home > ..."
		_, w := utf8.DecodeRuneInString(first[j:])
		first = first[j+w:]
	}
	return homeWords[trimText(first)]
}

// countless returns key without a count of comments or posts before or
// after it ("12 reacties", "comments (3)").
func countless(key string) string {
	k := strings.TrimLeft(key, "0123456789 ")
	if i := strings.LastIndexByte(k, '('); i > 0 && strings.HasSuffix(k, ")") && strings.Trim(k[i:], "()0123456789") == "" {
		k = strings.TrimRight(k[:i], " ")
	}
	if k == "" {
		return key
	}
	return k
}

// listHeading recognizes a longer related-links heading that starts with
// a known one and announces a list with a colon ("Weitere Artikel zum
// Thema:", "Lees ook deze artikelen:").
func listHeading(key, t string) (heading, bool) {
	if r := lastRune(t); r != ':' && r != '：' || len(key) > 60 {
		return heading{}, false
	}
	for i := len(key) - 1; i > 0; i-- {
		if key[i] != ' ' {
			continue
		}
		if h, ok := headings[key[:i]]; ok && h.list {
			return h, true
		}
	}
	return heading{}, false
}

// actionVerbs start the short calls to share or comment that close
// articles ("Sdílet článek", "Reageer op dit artikel", "Share on X").
var actionVerbs = map[string]entity.Reason{
	"share": entity.Share, "delen": entity.Share, "deel": entity.Share, "partager": entity.Share,
	"partagez": entity.Share, "teilen": entity.Share, "teile": entity.Share, "condividi": entity.Share,
	"compartir": entity.Share, "comparte": entity.Share, "compartilhar": entity.Share, "compartilhe": entity.Share,
	"partilhar": entity.Share, "partilhe": entity.Share, "udostępnij": entity.Share, "sdílet": entity.Share,
	"sdílejte": entity.Share, "dela": entity.Share, "paylaş": entity.Share,
	"comment": entity.Comments, "reageer": entity.Comments, "reageren": entity.Comments, "réagir": entity.Comments,
	"réagissez": entity.Comments, "commentez": entity.Comments, "kommentieren": entity.Comments,
	"kommentiere": entity.Comments, "commenta": entity.Comments, "comenta": entity.Comments,
	"comente": entity.Comments, "skomentuj": entity.Comments, "komentujte": entity.Comments,
	"kommentera": entity.Comments, "yorumla": entity.Comments,
}

// actionObjects are the words that may follow an action verb in such a
// call: "this article", "op dit artikel", "sur Facebook".
var actionObjects = map[string]bool{
	"this": true, "the": true, "article": true, "story": true, "post": true, "on": true, "via": true,
	"dit": true, "deze": true, "het": true, "artikel": true, "bericht": true, "op": true,
	"cet": true, "ce": true, "l'article": true, "article:": true, "sur": true, "à": true,
	"diesen": true, "den": true, "beitrag": true, "auf": true, "sie": true,
	"questo": true, "l'articolo": true, "su": true, "este": true, "el": true, "artículo": true, "en": true,
	"o": true, "artigo": true, "em": true, "no": true, "ten": true, "artykuł": true, "na": true,
	"tento": true, "článek": true, "artikeln": true, "bu": true, "haberi": true, "yazıyı": true,
	"facebook": true, "twitter": true, "x": true, "linkedin": true, "whatsapp": true, "e-mail": true, "email": true,
}

// callToAction recognizes a short line made of an action verb and up to
// three object words.
func callToAction(key string) (entity.Reason, bool) {
	fs := strings.Fields(key)
	if len(fs) < 2 || len(fs) > 4 {
		return 0, false
	}
	r, ok := actionVerbs[fs[0]]
	if !ok {
		return 0, false
	}
	for _, f := range fs[1:] {
		if !actionObjects[f] {
			return 0, false
		}
	}
	return r, true
}

// copyright reports whether t is a copyright notice: "© 2026 AutoNews",
// "(c) 2026 …", "Copyright 2026 …".
func copyright(t string) bool {
	return strings.HasPrefix(t, "©") || len(t) > 4 && strings.EqualFold(t[:4], "(c) ") ||
		len(t) > 10 && strings.EqualFold(t[:10], "copyright ")
}

// rightsWords name copyright and reserved rights in the supported
// languages; a notice holds one. Their first letters are left out, so
// that a plain, fast strings.Contains finds them in "All rights
// reserved" and "all rights reserved" alike.
var rightsWords = []string{"opyright ©", "opyright ⓒ", "opyright (c)", "opyright 19", "opyright 20", "OPYRIGHT",
	"ll rights reserved", "LL RIGHTS RESERVED", "lle rechten voorbehouden", "lle Rechte vorbehalten", "lle rechte vorbehalten",
	"ous droits réservés", "utti i diritti riservati", "odos los derechos reservados", "odos os direitos reservados",
	"szelkie prawa zastrzeżone", "šechna práva vyhrazena", "lla rättigheter förbehållna", "üm hakları saklıdır",
	"版权所有", "版權所有", "著作権は", "著作権者", "저작권자", "무단전재", "무단 전재"}

// rightsNotice reports whether t, a short line, is a copyright or rights
// notice anywhere in it: "< 저작권자 ⓒ 서울경제, 무단 전재 및 재배포 금지 >",
// "Copyright Ⓒ SBS. All rights reserved.", "鄭重声明:本文の著作権は…". A
// "©" alone is not enough: captions end with one ("… © Renault").
func rightsNotice(t string) bool {
	if strings.ContainsAny(t, "ⓒⒸ") {
		return true
	}
	for _, w := range rightsWords {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// moreFrom reports whether t heads a publisher's teaser section ("More
// from Reuters"), which runs to the end of the text: a moreFromWords
// phrase and one to three capitalized words, "the" aside.
func moreFrom(t string) bool {
	if len(t) > 60 || len(t) < 8 || endsSentence(t) {
		return false
	}
	switch lowerASCII(t[0]) {
	case 'm', 'a', 'p', 'w':
	default:
		return false
	}
	t = strings.TrimRight(t, " :")
	for _, w := range moreFromWords {
		if len(t) <= len(w)+1 || !strings.EqualFold(t[:len(w)], w) || t[len(w)] != ' ' {
			continue
		}
		n := 0
		for i, f := range strings.Fields(t[len(w):]) {
			r, _ := utf8.DecodeRuneInString(f)
			switch {
			case i == 0 && f == "the":
			case unicode.IsUpper(r):
				n++
			default:
				return false
			}
		}
		return n >= 1 && n <= 3
	}
	return false
}

// endCredit reports whether t is a photo caption that ends with its
// credit: "The R5 on the line at Douai (Photo: Renault)", "… [Image:
// Ford]", "… © Renault".
func endCredit(t string) bool {
	if t == "" {
		return false
	}
	if i := strings.LastIndex(t, "©"); i > 0 {
		rest := trimText(t[i+len("©"):])
		return rest != "" && len(rest) <= 40 && !endsSentence(rest)
	}
	var open byte
	switch t[len(t)-1] {
	case ')':
		open = '('
	case ']':
		open = '['
	default:
		return false
	}
	i := strings.LastIndexByte(t, open)
	if i < 0 {
		return false
	}
	in := t[i+1 : len(t)-1]
	j := labelEnd(in)
	if j <= 0 {
		return false
	}
	return captionLabels[strings.ToLower(trimText(in[:j]))]
}

// galleryRE matches the counters of photo galleries: "Image 1 of 5",
// "Bild 3 von 12", "Foto 2/8".
var galleryRE = regexp.MustCompile(`(?i)^(?:image|photo|picture|bild|foto|imagen|imagem|immagine|zdjęcie|obrázek|fotoğraf)` +
	sp + `+\d+` + sp + `*(?:of|von|van|sur|de|di|z|ze|av|/)` + sp + `*\d+$`)

// audioWords start the lines of audio players at the top of articles:
// "Listen to this article", "Artikel anhören", "Écouter cet article".
var audioWords = []string{"listen to this article", "listen to article", "listen to the article", "listen to this story",
	"artikel anhören", "artikel vorlesen", "beitrag anhören", "écouter cet article", "écouter l'article",
	"ascolta l'articolo", "ascolta questo articolo", "escuchar artículo", "escuchar este artículo", "escucha este artículo",
	"ouvir artigo", "ouvir este artigo", "ouça este artigo", "luister naar dit artikel", "beluister dit artikel",
	"lyssna på artikeln", "posłuchaj artykułu", "poslechněte si článek", "haberi dinle"}

// firstPublishedWords start the notes after a story that say where it was
// first published.
var firstPublishedWords = []string{"this article was originally published", "this story was originally published",
	"this article first appeared", "this story first appeared", "this article was first published",
	"dieser artikel erschien zuerst", "dieser beitrag erschien zuerst", "dieser artikel ist zuerst",
	"cet article a été publié initialement", "cet article a initialement été publié", "cet article a été initialement publié",
	"questo articolo è stato pubblicato originariamente", "questo articolo è apparso originariamente",
	"este artículo se publicó originalmente", "este artículo fue publicado originalmente",
	"este artigo foi publicado originalmente", "dit artikel verscheen eerder", "dit artikel verscheen eerst",
	"denna artikel publicerades först", "artykuł ukazał się pierwotnie", "článek původně vyšel"}

// hasPrefixFold reports whether t starts with one of the lower-case
// prefixes, ignoring the case of ASCII letters.
func hasPrefixFold(t string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(t) >= len(p) && lowerASCII(t[0]) == p[0] && strings.EqualFold(t[:len(p)], p) {
			return true
		}
	}
	return false
}

// isImage reports whether t is a Markdown image, "![alt](url)".
func isImage(t string) bool {
	_, ok := markdownImage(t)
	return ok
}

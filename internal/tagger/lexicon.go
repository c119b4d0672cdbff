package tagger

import "strings"

// The word lists below are read-only tables of folded words (lower case,
// no accents). Lists keyed by language are merged for undetermined text.

// wordSet is a set of folded words.
type wordSet map[string]struct{}

func (s wordSet) has(w string) bool { _, ok := s[w]; return ok }

func setOf(lists ...string) wordSet {
	s := make(wordSet)
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			s[w] = struct{}{}
		}
	}
	return s
}

// lexicon holds the language-dependent word lists of one language.
type lexicon struct {
	function wordSet // articles, pronouns, prepositions, conjunctions, adverbs that open sentences
	abbrev   wordSet // abbreviations ending in a period that do not end a sentence
	titles   wordSet // job titles that announce a person's name
	places   wordSet // words after which "in"/"de" announces a plant's place
	cues     wordSet // automotive words that give an ambiguous brand name context
}

var functionWords = map[string]string{
	"en": `the a an this that these those it its he she they we you i his her their our my your
		in on at of for from with by to into as and or but if when while after before since until
		during under over about between there here then thus so yet also however meanwhile moreover
		still even only just now today yesterday tomorrow last next new other some many most all both
		each every no not what which who whose where why how according although though because
		despite instead unlike like than once following among against within without through across
		one two three four five first second third another such much more less further finally
		overall indeed perhaps maybe read share published recent posts cars previous related`,
	"nl": `de het een dit dat deze die er hier daar toen nu dan zo ook maar en of want dus
		in op aan van voor met door bij naar uit over onder tussen tegen tijdens na sinds tot om
		hij zij ze wij we jij je u ik hun haar zijn mijn ons onze jullie men wie wat welke waar
		waarom hoe volgens als toch nog wel niet geen al alle elk ieder veel meer minder sommige
		eerst eerder later inmiddels intussen bovendien echter ondanks zonder binnen buiten sterker
		klein wat betaalbare afhankelijk besparing ook lees gerelateerd delen`,
	"de": `der die das ein eine einer einem einen eines dieser diese dieses den dem des es er sie
		wir ihr ich man sein seine ihre unser in im am an auf aus bei mit nach von vor zu zum zur
		für über unter zwischen gegen durch ohne seit bis während und oder aber denn doch auch noch
		nur schon jetzt heute dann da hier dort so wie als wenn weil dass ob laut trotz statt neben
		alle viele mehr weniger einige jeder jede erst zuletzt zudem außerdem jedoch inzwischen
		wer was welche wo warum lesen teilen`,
	"fr": `le la les l un une des du de d ce cet cette ces il elle ils elles on nous vous je son sa
		ses leur leurs notre en dans sur sous avec sans pour par chez vers entre depuis pendant avant
		apres et ou mais donc car ni puis alors ainsi aussi encore deja selon malgre comme quand si
		que qui quoi ou pourquoi comment tous toutes tout chaque plusieurs certains plus moins
		desormais cependant toutefois enfin lire partager au aux`,
	"it": `il lo la i gli le un uno una l del della dei degli delle al alla ai agli alle dal dalla
		nel nella nei sul sulla questo questa questi queste quello quella egli lui lei essi noi voi
		io suo sua suoi sue loro in a da di con su per tra fra e o ma anche ancora gia poi quindi
		cosi come quando se che chi cosa dove perche secondo oltre dopo prima durante senza tutti
		tutte ogni molti alcuni piu meno inoltre tuttavia intanto leggi condividi`,
	"es": `el la los las un una unos unas lo del al este esta estos estas ese esa eso aquel el ella
		ellos ellas nosotros usted yo su sus nuestro en a de con sin por para entre desde hasta
		durante sobre bajo tras y o pero tambien ya aun asi como cuando si que quien donde porque
		segun ademas sin embargo todos todas cada muchos algunos mas menos mientras leer compartir`,
	"pt": `o a os as um uma uns umas do da dos das no na nos nas ao aos este esta estes estas esse
		essa isso aquele ele ela eles elas nos voce eu seu sua seus suas em de com sem por para
		entre desde ate durante sobre e ou mas tambem ja ainda assim como quando se que quem onde
		porque segundo alem todos todas cada muitos alguns mais menos enquanto leia compartilhar`,
}

var abbreviations = map[string]string{
	"en": `co ltd inc corp dr mr mrs ms prof st vs e.g i.e etc jan feb mar apr jun jul aug sep sept
		oct nov dec no nos approx est fig gen gov jr sr mt rev u.s u.k u.n e.u a.m p.m n.v b.v
		s.a s.p.a cf al dept`,
	"nl": `bijv o.a m.a.w dhr mevr mw ca nr blz d.w.z i.p.v t.o.v e.d enz incl excl mln mld resp
		jl vnl z.g.a.n`,
	"de": `z.b u.a d.h bzw ca nr mio mrd usw vgl hr fr sog inkl ggf evtl dt str abs max min zzgl
		u.s.w`,
	"fr": `m mme mlle mm p.ex av bd env etc cf n° st ste dr pr`,
	"it": `sig sigg dott ing avv ecc es p.es ca n spa s.p.a`,
	"es": `sr sra srta dr dra ud uds etc p.ej aprox av avda n.º s.a`,
	"pt": `sr sra dr dra etc p.ex av aprox s.a`,
}

var titleWords = map[string]string{
	"en": `ceo cfo coo cto designer chairman chairwoman chair president vice-president director founder
		cofounder co-founder chief executive spokesman spokeswoman spokesperson minister secretary
		head boss analyst manager governor mayor senator premier chancellor commissioner`,
	"nl": `topman topvrouw directeur voorzitter bestuursvoorzitter oprichter woordvoerder minister
		baas ceo analist premier burgemeester`,
	"de": `prasident prasidentin designer chefdesigner vorstandschef vorstandsvorsitzender vorstandsvorsitzende chef konzernchef firmenchef
		geschaftsfuhrer grunder sprecher sprecherin minister ministerin kanzler kanzlerin analyst
		aufsichtsratschef ceo markenchef`,
	"fr": `pdg president presidente directeur directrice fondateur porte-parole ministre patron
		patronne dirigeant analyste ceo`,
	"it": `amministratore delegato presidente direttore fondatore portavoce ministro ad ceo
		analista`,
	"es": `presidente consejero delegado director directora fundador portavoz ministro ministra
		jefe ceo analista`,
	"pt": `presidente diretor diretora fundador porta-voz ministro ministra chefe ceo analista`,
}

// placeCueWords are the nouns that, followed by a preposition, announce a
// place: "plant in", "fabriek in", "Werk in", "usine de".
var placeCueWords = map[string]string{
	"en": `plant factory facility site works headquarters hq`,
	"nl": `fabriek vestiging hoofdkantoor`,
	"de": `werk fabrik standort hauptsitz`,
	"fr": `usine site siege`,
	"it": `stabilimento fabbrica sede impianto`,
	"es": `planta fabrica sede`,
	"pt": `fabrica planta sede unidade`,
}

var autoCueWords = map[string]string{
	"en": `car cars auto autos automaker automakers carmaker carmakers brand brands model models
		suv suvs ev evs vehicle vehicles dealer dealers dealership dealerships sedan hatchback
		crossover pickup hybrid electric motor motors compact van minivan coupe roadster
		convertible manufacturer manufacturers marque lineup production`,
	"nl": `auto autos automerk merk merken model modellen dealer dealers autofabrikant autobouwer
		fabrikant elektrische hybride suv productie`,
	"de": `auto autos marke marken modell modelle autobauer hersteller handler fahrzeug fahrzeuge
		elektroauto kleinwagen suv elektrisch elektrische elektrischen produktion`,
	"fr": `voiture voitures auto marque marques modele modeles constructeur concessionnaire
		concessionnaires vehicule vehicules citadine suv electrique production`,
	"it": `auto vettura vetture marchio marchi modello modelli casa costruttore concessionario
		concessionari veicolo veicoli suv elettrica elettrico produzione`,
	"es": `coche coches auto autos marca marcas modelo modelos fabricante concesionario
		concesionarios vehiculo vehiculos suv electrico produccion`,
	"pt": `carro carros auto marca marcas modelo modelos montadora fabricante concessionaria
		veiculo veiculos suv eletrico producao`,
}

// Months, weekdays and nationality adjectives in all languages: they are
// capitalized in some languages but are never names of their own.
var calendarWords = setOf(
	`january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday`,
	`januari februari maart mei juni juli augustus oktober
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag`,
	`januar februar marz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag`,
	`janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
	lundi mardi mercredi jeudi vendredi samedi dimanche`,
	`gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre
	lunedi martedi mercoledi giovedi venerdi sabato domenica`,
	`enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
	lunes martes miercoles jueves viernes sabado domingo`,
	`janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro
	segunda terca quarta quinta sexta sabado domingo`,
)

var nationalityWords = setOf(
	`chinese american european french german italian spanish dutch british japanese korean
	indian russian swedish belgian portuguese polish czech turkish asian western eastern sino
	euro african brazilian mexican canadian australian`,
	`chinees chinese amerikaans amerikaanse europees europese frans franse duits duitse italiaans
	italiaanse spaans spaanse nederlands nederlandse brits britse japans japanse koreaans koreaanse`,
	`chinesisch chinesische chinesischen chinesischer amerikanisch amerikanische europaisch
	europaische europaischen franzosisch franzosische deutsch deutsche deutschen deutscher
	italienisch italienische spanisch spanische japanisch japanische koreanisch koreanische`,
	`chinois chinoise chinoises americain americaine europeen europeenne francais francaise
	allemand allemande italien italienne espagnol espagnole japonais japonaise coreen`,
	`cinese cinesi americano americana europeo europea europei francese francesi tedesco tedesca
	tedeschi italiano italiana italiani spagnolo giapponese coreano`,
	`chino china chinos americano europeo europea frances francesa aleman alemana italiano
	espanol espanola japones coreano`,
	`chines chinesa americano europeu europeia frances francesa alemao alema italiano espanhol
	japones coreano`,
)

// givenNames are common given names; two capitalized words starting with one
// are taken for a person's name when the fallback is on.
var givenNames = setOf(`
	aaron adam adrian alain alan albert alberto alejandro alessandro alex alexander alexandre
	alfredo ali alice amanda ana andrea andreas andrew angela anna anne antoine antonio arnaud
	barbara ben benjamin bernard bernd bill bob brian bruno carl carla carlo carlos caroline
	charles chris christian christine christoph christophe claire claudia claudio daniel daniela
	david denis diego dieter dominique elena elizabeth elon emily emma enrico eric erik eva fabio
	federico felipe fernando filippo francesca francesco francisco francois frank frederic gabriel
	george georg gerard gianluca gilles giorgio giovanni giuseppe gregory guido guillaume gunther
	hans harald heinz helmut henri henrik herbert hiroshi holger hubert ian isabel isabelle jack
	jacques james jan jane jason javier jean jeff jennifer jens jeroen jim joachim joe johan johann
	john jonathan jorg jorge jose josef juan julia julian julien jurgen karl karen kate kenji kevin
	klaus koen lars laura laurent leo linda lisa lorenzo louis luc luca lucas luigi luis luke maarten
	manuel marc marco maria mario mark markus martin mary massimo matteo matthias maurizio max
	michael michel michele miguel mike nathalie nicolas nicola oliver olivier pablo paolo pascal
	patrick paul pedro peter philippe pierre pieter rafael ralf ramon raul richard rick roberto robert
	robin roland rolf ruben sabine sam sandra sara sarah sebastian sebastien sergio simon sophie
	stefan stefano stephane stephen steve steven susan takeshi tang thierry thomas tim tom tomas
	ulrich uwe valerie vincent walter wei werner william willem wolfgang xavier yves
	ahmet anders bjorn hakan joao luiz magnus mehmet mustafa nils ola per sven jesus jeronimo
	marta lucia teresa ursula monica silvia rita giulia chiara paula beatriz ines`)

// institutionWords follow a place's name in the name of an institution:
// "Coventry University", "Munich Airport".
var institutionWords = setOf(`university universitat universite universiteit universidad
	universita universidade institute institut instituut instituto istituto college airport
	flughafen aeroport luchthaven aeropuerto aeroporto council chamber`)

// orgSuffixWords end an organization's name in the fallback: "Foo Motors",
// "Bar GmbH", "Baz University".
var orgSuffixWords = setOf(`inc ltd co corp corporation ag se spa sa gmbh nv bv plc llc
	group groupe gruppe groep gruppo grupo motors motor automotive automobile automobiles
	technologies technology holdings holding industries international university universitat
	universite universiteit universidad universita universidade institute institut instituut
	instituto istituto college`)

// lexicons are the merged tables per language; "und" merges all.
var lexicons = buildLexicons()

func buildLexicons() map[string]*lexicon {
	m := make(map[string]*lexicon)
	all := &lexicon{}
	var allFn, allAb, allTi, allPl, allCu []string
	for _, lang := range []string{"en", "nl", "de", "fr", "it", "es", "pt"} {
		m[lang] = &lexicon{
			function: setOf(functionWords[lang], functionWords["en"]),
			abbrev:   setOf(abbreviations[lang], abbreviations["en"]),
			titles:   setOf(titleWords[lang], titleWords["en"]),
			places:   setOf(placeCueWords[lang], placeCueWords["en"]),
			cues:     setOf(autoCueWords[lang], autoCueWords["en"]),
		}
		allFn = append(allFn, functionWords[lang])
		allAb = append(allAb, abbreviations[lang])
		allTi = append(allTi, titleWords[lang])
		allPl = append(allPl, placeCueWords[lang])
		allCu = append(allCu, autoCueWords[lang])
	}
	all.function = setOf(allFn...)
	all.abbrev = setOf(allAb...)
	all.titles = setOf(allTi...)
	all.places = setOf(allPl...)
	all.cues = setOf(allCu...)
	m["und"] = all
	return m
}

// lexiconFor returns the word lists for an ISO 639-1 code, or the merged
// lists for "und" and languages without lists of their own.
func lexiconFor(lang string) *lexicon {
	if l, ok := lexicons[strings.ToLower(lang)]; ok {
		return l
	}
	return lexicons["und"]
}

// placePrepositions follow a place cue word: "plant in", "usine de".
var placePrepositions = setOf(`in at near bij te im bei de a à en di da em`)

// personConnectors may stand inside a person's name: "Jean-Philippe",
// "Ursula von der Leyen", "Luca de Meo".
var personConnectors = setOf(`de di da del della van von der den le la du dos das`)

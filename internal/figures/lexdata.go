package figures

// The lexicons, one per language plus the symbols shared by all of them.
// Each line is "kind [argument]: phrase | phrase | ...". Phrases are
// matched token by token after case folding and accent folding, so one
// spelling covers "Véhicules", "vehicules" and "VÉHICULES". The kinds:
//
//	scale N    a scale word worth 10^N (thousand, Mio)
//	wscale N   a scale that counts only next to a currency ("$3m", "50k €")
//	dscale N   an abbreviated scale that may end in '.' ("Mio.", "Mrd.")
//	num V      a number word worth V; piece V: a part of compound words only
//	hundred    the word for hundred; single: "a"/"een", one only before a scale
//	conj       joins number words ("vingt et un"); join: inside compounds ("vierentwintig")
//	pct, pp    percent and percentage points; "pct N" counts 10^N percent (Japanese 割)
//	sym CODE   currency symbol before or after the number; cur CODE: name after it
//	unit U     a quantity unit; tunit U: a time unit (digits only)
//	adj        adjective allowed between a number and a vehicle unit
//	qual Q     qualifier before the number; post Q: after the figure ("22％左右")
//	pre        a percent word or sign before the number (Turkish "yüzde 17", "%80")
//	change     a verb of change: "fell $0.50 to $12.25" is two figures, not a range
//	model      a word that makes the next number a model name: "Model 3 cars"
//	open/from  range openers ("between", "from"); and/to: range separators
//	list       list separators; of: "de"/"di" between a scale and a currency
//	article    an article allowed between a qualifier and the number ("il", "el")
//	vague      a word that makes the number words after it vague: "several
//	           hundred million" and "mehrere tausend" are no figures
//	bscale N   a scale word that is also one of itself alone (Czech "milion")
//	yearprep   a preposition of time: four digits after it are a year, not a
//	           count ("In 2024 registrations rose")
//	neg        a negation before a qualifier, which turns it around: "no less
//	           than" is at least, "pas plus de" at most
//	minus      a sign word right before the number of a percentage: "minus
//	           five percent", "moins 0,3 %"
//	sub CODE   a hundredth of a currency after the number: "34 cents",
//	           "210 pence"; after a main amount it adds to it ("3 euros con
//	           99 céntimos", "$20 and 43c")
//	plus       joins a main amount to its hundredths: "and", "con", "et"
//	frac N     a fraction worth N hundredths: "half" 50, "quarter" 25,
//	           "anderhalf" 150; also inside compounds ("zweieinhalb")
//	point      the decimal point of number words: "one point three"

const sharedLex = `
sym EUR: €
sym USD: $ | US$ | U.S.$ | US $
sym GBP: £
sym JPY: ¥ | JP¥
sym CNY: CN¥ | RMB | 元 | 人民币 | 人民幣
sym HKD: 港币 | 港幣
sym TWD: 新台币 | 新台幣
sym KRW: ₩
sym INR: ₹ | Rs
sym RUB: ₽
sym TRY: ₺
sym AUD: A$ | AU$
sym CAD: C$ | CA$
sym HKD: HK$
sym TWD: NT$
sym SGD: S$
sym NZD: NZ$
sym MXN: MX$
sym BRL: R$
sym PLN: zł
sym CZK: Kč
cur USD: 美元
cur EUR: 欧元
cur JPY: 日元
cur GBP: 英镑
cur HKD: 港元
pct: %
sub USD: ¢
pp: pp | p.p. | ppt | % points | % point | %-points
unit GWh: GWh
unit MWh: MWh
unit kWh: kWh
unit TWh: TWh
unit GW: GW
unit MW: MW
unit kW: kW
unit km: km
unit km/h: km/h | kmh | km/u
unit mph: mph
unit kg: kg
unit g/km: g/km
unit Nm: Nm
unit hp: hp | bhp
unit unit: 辆 | 台 | 輛
unit kW: 千瓦 | kilowatt | kilowatts
unit MW: 兆瓦
unit MWh: 兆瓦时 | 兆瓦時
unit MW: megawatt | megawatts
unit kWh: kilowatt-hours | kilowatt hours | kilowattstunden | kilowattuur
pp: 个百分点 | 百分点
unit kWh: 千瓦时 | 度
unit km: 公里
post approximately: 左右 | 上下 | or so
wscale 6: mn
wscale 9: bn | bln
scale 2: 百
scale 3: 千
scale 4: 万
scale 8: 亿
qual approximately: 约 | 近 | 大约 | 約 | 大約
qual more_than: 超过 | 逾 | 超過
qual less_than: 不到 | 不足
qual at_least: 至少
qual at_most: 最多
qual up_to: 最高可达 | 最高 | 可达 | 高达 | 最高可達 | 可達 | 高達
to: - | ~ | 〜 | ～ | 至 | 到
`

const enLex = `
frac 50: half
frac 25: quarter
point: point
plus: and
sub USD: cents | cent | c
sub GBP: pence | penny | p
num 0: zero
num 1: one
num 2: two
num 3: three
num 4: four
num 5: five
num 6: six
num 7: seven
num 8: eight
num 9: nine
num 10: ten
num 11: eleven
num 12: twelve
num 13: thirteen
num 14: fourteen
num 15: fifteen
num 16: sixteen
num 17: seventeen
num 18: eighteen
num 19: nineteen
num 20: twenty
num 30: thirty
num 40: forty
num 50: fifty
num 60: sixty
num 70: seventy
num 80: eighty
num 90: ninety
single: a | an
hundred: hundred
conj: and
scale 3: thousand
wscale 3: k
scale 6: million | mn | mln
wscale 6: m
scale 9: billion | bn | bln
wscale 9: b
scale 12: trillion | tn
scale 5: lakh | lakhs
scale 7: crore | crores
pct: percent | per cent | pct
pp: percentage points | percentage point | percent points
cur USD: dollars | dollar | us dollars | u.s. dollars | american dollars
cur AUD: australian dollars
cur CAD: canadian dollars
cur HKD: hong kong dollars
cur TWD: taiwan dollars | new taiwan dollars
cur SGD: singapore dollars
cur NZD: new zealand dollars
cur EUR: euros | euro
cur GBP: pounds | pound | pounds sterling | sterling | british pounds
cur JPY: yen | japanese yen
cur CNY: yuan | renminbi | chinese yuan
cur KRW: won | korean won | south korean won
cur INR: rupees | rupee | indian rupees
cur CHF: swiss francs | swiss franc
cur SEK: kronor | krona | swedish kronor | swedish krona | swedish crowns | swedish crown
cur NOK: kroner | norwegian kroner | norwegian krone | norwegian crowns | norwegian crown
cur DKK: danish kroner | danish krone | danish crowns | danish crown
cur CZK: koruna | czech koruna | korun | czech korun | czech crowns | czech crown
cur PLN: zloty | zlotys
cur RUB: roubles | rubles
cur BRL: reais | brazilian reais
cur MXN: mexican pesos
unit unit: units | unit | vehicles | vehicle | cars | evs | trucks | vans | buses | motorcycles | registrations
tunit day: days | day
tunit week: weeks | week
tunit month: months | month
tunit year: years | year
unit mi: miles | mile | mi
unit km: kilometres | kilometers | kilometre | kilometer
unit kg: kilograms | kilogram | kilos
unit t: tonnes | tons | tonne | ton | metric tons | t
unit l: litres | liters | litre | liter | l
unit hp: horsepower
unit mph: miles per hour
adj: electric | new | used | hybrid | passenger | plug-in | battery-electric | commercial
qual approximately: about | around | approximately | approx. | nearly | almost | some | roughly | circa | close to | just under | an estimated | estimated
qual more_than: over | more than | above | in excess of | upwards of | just over | well over | higher than | greater than
qual less_than: less than | under | below | fewer than | lower than
qual up_to: up to | as many as | as much as
qual at_least: at least
qual at_most: at most | no more than
neg: no | not
minus: minus
open: between
from: from
and: and
to: to | -
list: and | or | ,
change: rose | fell | dropped | declined | climbed | increased | decreased | grew | jumped | slipped | slid | gained | lost | cut | raised | lowered | rises | falls | rising | falling | went | moved
model: model | series | class | type | mark | mk
vague: several | a few | few | many
yearprep: in | since | until | till | during | before | after | through | throughout
`

const nlLex = `
frac 50: half
frac 150: anderhalf
point: komma
plus: en
sub EUR: cent | eurocent | eurocenten
num 0: nul
num 2: twee
num 3: drie
num 4: vier
num 5: vijf
num 6: zes
num 7: zeven
num 8: acht
num 9: negen
num 10: tien
num 11: elf
num 12: twaalf
num 13: dertien
num 14: veertien
num 15: vijftien
num 16: zestien
num 17: zeventien
num 18: achttien
num 19: negentien
num 20: twintig
num 30: dertig
num 40: veertig
num 50: vijftig
num 60: zestig
num 70: zeventig
num 80: tachtig
num 90: negentig
single: een | één
hundred: honderd
join: en
scale 3: duizend
wscale 3: k
scale 6: miljoen | miljoenen
dscale 6: mio | mln
scale 9: miljard | miljarden
dscale 9: mrd | mld
scale 12: biljoen
pct: procent | percent | pct
pp: procentpunt | procentpunten | procentpunt | procentpunten | %-punt | %-punten
cur EUR: euro | euro's
cur USD: dollar | dollars | amerikaanse dollar
cur GBP: pond | britse pond | pond sterling
cur CNY: yuan | renminbi
cur JPY: yen
cur CHF: zwitserse frank | zwitserse franken
cur SEK: zweedse kronen | zweedse kroon
cur NOK: noorse kronen | noorse kroon
cur DKK: deense kronen | deense kroon
cur CZK: tsjechische kronen | tsjechische kroon
unit unit: auto's | auto | exemplaren | voertuigen | wagens | eenheden | stuks | units | elektrische auto's | ev's | trucks | vrachtwagens | bussen | bestelwagens | personenwagens | personenauto's | inschrijvingen | registraties
tunit day: dagen | dag
tunit week: weken | week
tunit month: maanden | maand
tunit year: jaar | jaren
unit km: kilometer
unit t: ton
unit l: liter
unit hp: pk
adj: elektrische | nieuwe | gebruikte
qual approximately: ongeveer | circa | ca. | zo'n | bijna | rond de | rond | om en nabij | nagenoeg | pakweg | zowat
qual more_than: ruim | meer dan | boven de | hoger dan | groter dan
qual less_than: minder dan | onder de | lager dan | kleiner dan
qual up_to: tot | tot wel | tot zelfs
qual at_least: minstens | ten minste | tenminste | minimaal
qual at_most: maximaal | hoogstens | ten hoogste | niet meer dan
neg: niet
minus: min | minus
open: tussen
from: van
and: en
to: tot | à | -
list: en | of | ,
article: de
change: steeg | daalde | stijgt | daalt | groeide | kromp | zakte | verhoogd | verlaagd | ging | stegen | daalden | groeiden | zakten | groeit | zakt | stijgen | dalen
model: model | serie | type | klasse
vague: enkele | meerdere | een paar | paar | vele | verscheidene | diverse
yearprep: in | sinds | vanaf | eind | begin | medio
`

const deLex = `
frac 50: halb | einhalb
frac 150: anderthalb
point: Komma
plus: und
sub EUR: Cent | Eurocent
num 0: null
num 1: eins
num 2: zwei
num 3: drei
num 4: vier
num 5: fünf
num 6: sechs
num 7: sieben
num 8: acht
num 9: neun
num 10: zehn
num 11: elf
num 12: zwölf
num 13: dreizehn
num 14: vierzehn
num 15: fünfzehn
num 16: sechzehn
num 17: siebzehn
num 18: achtzehn
num 19: neunzehn
num 20: zwanzig
num 30: dreißig
num 40: vierzig
num 50: fünfzig
num 60: sechzig
num 70: siebzig
num 80: achtzig
num 90: neunzig
piece 6: sech
piece 7: sieb
single: ein | eine | einer | einem | einen
hundred: hundert
join: und
scale 3: tausend
dscale 3: tsd
wscale 3: k
scale 6: million | millionen
dscale 6: mio
scale 9: milliarde | milliarden
dscale 9: mrd
scale 12: billion | billionen
dscale 12: bio
pct: prozent | proz.
pp: prozentpunkte | prozentpunkten | prozentpunkt | %-punkte | %-punkten
cur EUR: euro
cur USD: dollar | us-dollar | us dollar
cur GBP: pfund | britische pfund | pfund sterling
cur CHF: franken | schweizer franken | fr.
cur CNY: yuan | renminbi
cur JPY: yen
cur SEK: schwedische kronen | schwedischen kronen
cur NOK: norwegische kronen | norwegischen kronen
cur DKK: dänische kronen | dänischen kronen
cur CZK: tschechische kronen | tschechischen kronen
unit unit: fahrzeuge | fahrzeugen | autos | einheiten | exemplare | pkw | stück | neuwagen | elektroautos | e-autos | wagen | neuzulassungen | zulassungen
tunit day: tage | tagen | tag
tunit week: wochen | woche
tunit month: monate | monaten | monat
tunit year: jahre | jahren | jahr
unit hp: ps
unit km: kilometer | kilometern
unit t: tonnen | tonne
unit l: liter
adj: neue | elektrische | gebrauchte
qual approximately: etwa | rund | knapp | fast | ungefähr | circa | ca. | beinahe | nahezu | annähernd
qual more_than: mehr als | über | weit über
qual less_than: weniger als | unter
qual up_to: bis zu
qual at_least: mindestens | wenigstens
qual at_most: höchstens | maximal
neg: nicht
minus: minus
open: zwischen
from: von
and: und
to: bis | -
list: und | oder | ,
change: stieg | sank | fiel | steigt | sinkt | fällt | wuchs | kletterte | erhöht | gesenkt | ging
model: modell | serie | klasse | typ | baureihe
vague: mehrere | mehreren | einige | einigen | ein paar | paar | etliche | viele | wenige
yearprep: im | in | seit | ab | vor | nach | bis | anfang | ende | mitte
`

const frLex = `
frac 50: demi | demie
frac 25: quart
point: virgule
plus: et
sub EUR: centimes | centime | cents
num 0: zéro
num 2: deux
num 3: trois
num 4: quatre
num 5: cinq
num 6: six
num 7: sept
num 8: huit
num 9: neuf
num 10: dix
num 11: onze
num 12: douze
num 13: treize
num 14: quatorze
num 15: quinze
num 16: seize
num 20: vingt | vingts
num 30: trente
num 40: quarante
num 50: cinquante
num 60: soixante
single: un | une
hundred: cent | cents
conj: et
scale 3: mille
wscale 3: k
scale 6: million | millions
wscale 6: m
scale 9: milliard | milliards | md | mds | mrd | mrds
scale 12: billion | billions
pct: pour cent | pourcent | p. cent
pp: points de pourcentage | point de pourcentage | points de pour cent | point | points
cur EUR: euros | euro
cur USD: dollars | dollar | dollars américains | $ us | $us
cur GBP: livres sterling | livre sterling | livres
cur CHF: francs suisses | franc suisse
cur CNY: yuans | yuan | renminbi
cur JPY: yens | yen
cur SEK: couronnes suédoises | couronne suédoise
cur NOK: couronnes norvégiennes | couronne norvégienne
cur DKK: couronnes danoises | couronne danoise
cur CZK: couronnes tchèques | couronne tchèque
unit unit: véhicules | voitures | unités | exemplaires | autos | immatriculations
tunit day: jours | jour
tunit week: semaines | semaine
tunit month: mois
tunit year: ans | années | an | année
unit hp: ch | chevaux
unit km: kilomètres | kilomètre
unit t: tonnes | tonne
unit l: litres | litre
adj: électriques | neuves | nouvelles | nouveaux | d'occasion
qual approximately: environ | près de | près d' | presque | quelque | autour de | approximativement | pratiquement | quasiment | à peu près | aux alentours de | de l'ordre de
qual more_than: plus de | plus d' | au-delà de | au delà de | au-dessus de | au dessus de | plus que
qual less_than: moins de | moins d' | sous les | sous la barre des | sous la barre de | sous la barre d' | en dessous de | en-dessous de | au-dessous de | en deçà de | moins que
qual up_to: jusqu'à | jusqu'a | jusqu'au
qual at_least: au moins | au minimum
qual at_most: au plus | au maximum
neg: pas | non
minus: moins
open: entre
from: de | d'
and: et
to: à | -
list: et | ou | ,
of: de | d'
article: le | la | les | l'
change: passe | passé | augmente | baisse | grimpe | recule | chute | progresse
model: modèle | série | classe | type
vague: plusieurs | quelques
yearprep: en | depuis | avant | après | dès | fin | début
`

const itLex = `
frac 50: mezzo
point: virgola
plus: e
sub EUR: centesimi | centesimo
num 0: zero
num 1: uno
num 2: due
num 3: tre
num 4: quattro
num 5: cinque
num 6: sei
num 7: sette
num 8: otto
num 9: nove
num 10: dieci
num 11: undici
num 12: dodici
num 13: tredici
num 14: quattordici
num 15: quindici
num 16: sedici
num 17: diciassette
num 18: diciotto
num 19: diciannove
num 20: venti
num 30: trenta
num 40: quaranta
num 50: cinquanta
num 60: sessanta
num 70: settanta
num 80: ottanta
num 90: novanta
piece 20: vent
piece 30: trent
piece 40: quarant
piece 50: cinquant
piece 60: sessant
piece 70: settant
piece 80: ottant
piece 90: novant
piece 100: cent
single: un | una
hundred: cento
scale 3: mila | mille
wscale 3: k
scale 6: milione | milioni | mln
wscale 6: m
scale 9: miliardo | miliardi | mld | mrd
pct: per cento | percento
pp: punti percentuali | punto percentuale
cur EUR: euro
cur USD: dollari | dollaro | dollari statunitensi | dollari americani | dollari usa
cur GBP: sterline | sterlina | lire sterline
cur CHF: franchi svizzeri | franco svizzero
cur CNY: yuan | renminbi
cur JPY: yen
cur SEK: corone svedesi | corona svedese
cur NOK: corone norvegesi | corona norvegese
cur DKK: corone danesi | corona danese
cur CZK: corone ceche | corona ceca
unit unit: unità | veicoli | auto | vetture | esemplari | automobili | immatricolazioni
tunit day: giorni | giorno
tunit week: settimane | settimana
tunit month: mesi | mese
tunit year: anni | anno
unit hp: cv | cavalli
unit km: chilometri | chilometro
unit t: tonnellate
unit l: litri
adj: elettriche | elettrici | nuove | nuovi
qual approximately: circa | quasi | intorno a | intorno al | intorno ai | attorno a | attorno al | pressoché | all'incirca | poco meno di | poco meno del | vicino a | vicino al | vicino ai | vicina al | vicini ai
qual more_than: oltre | più di | più del | più dello | più dell' | piu di | piu del | poco più di | poco più del | sopra
qual less_than: meno di | meno del | meno dell' | sotto
qual up_to: fino a | fino al | fino all' | sino a
qual at_least: almeno | non meno di
qual at_most: al massimo | non più di
neg: non
minus: meno
open: tra | fra
from: da | dal | dall'
and: e
to: a | al | all' | -
list: e | o | ,
of: di | d'
article: il | l' | lo | la | i | gli | le
change: sale | scende | salito | sceso | passa | passato | cresce | cala
model: modello | serie | classe | tipo
vague: alcune | alcuni | diverse | diversi | parecchie | parecchi | qualche
yearprep: nel | dal | entro | dopo il | prima del | durante il
`

const esLex = `
frac 50: medio
point: coma
plus: con | y
sub EUR: céntimos | céntimo
sub MXN: centavos | centavo
num 0: cero
num 1: uno
num 2: dos
num 3: tres
num 4: cuatro
num 5: cinco
num 6: seis
num 7: siete
num 8: ocho
num 9: nueve
num 10: diez
num 11: once
num 12: doce
num 13: trece
num 14: catorce
num 15: quince
num 16: dieciséis
num 17: diecisiete
num 18: dieciocho
num 19: diecinueve
num 20: veinte
num 30: treinta
num 40: cuarenta
num 50: cincuenta
num 60: sesenta
num 70: setenta
num 80: ochenta
num 90: noventa
num 100: cien | ciento
num 200: doscientos | doscientas
num 300: trescientos | trescientas
num 400: cuatrocientos | cuatrocientas
num 500: quinientos | quinientas
num 600: seiscientos | seiscientas
num 700: setecientos | setecientas
num 800: ochocientos | ochocientas
num 900: novecientos | novecientas
piece 20: veinti
single: un | una
conj: y
scale 3: mil
wscale 3: k
scale 6: millón | millones | mln
wscale 6: m
scale 9: millardo | millardos
scale 12: billón | billones
pct: por ciento
pp: puntos porcentuales | punto porcentual
cur EUR: euros | euro
cur USD: dólares | dólar | dólares estadounidenses | dólares americanos
cur GBP: libras | libras esterlinas
cur CNY: yuanes | yuan | renminbi
cur JPY: yenes | yen
cur MXN: pesos mexicanos | pesos | peso mexicano
cur ARS: pesos argentinos
cur CLP: pesos chilenos
cur COP: pesos colombianos
cur CHF: francos suizos
cur SEK: coronas suecas | corona sueca
cur NOK: coronas noruegas | corona noruega
cur DKK: coronas danesas | corona danesa
cur CZK: coronas checas | corona checa
cur ESP: pesetas | peseta
unit unit: vehículos | unidades | coches | autos | carros | automóviles | ejemplares | turismos | matriculaciones
tunit day: días | día
tunit week: semanas | semana
tunit month: meses | mes
tunit year: años | año
unit hp: cv | caballos
unit km: kilómetros | kilómetro
unit t: toneladas
unit l: litros
adj: eléctricos | nuevos | usados
qual approximately: alrededor de | alrededor del | casi | cerca de | cerca del | unos | unas | aproximadamente | en torno a | en torno al
qual more_than: más de | más del
qual less_than: menos de | menos del
qual up_to: hasta
qual at_least: al menos | por lo menos | como mínimo
qual at_most: como máximo | a lo sumo
neg: no
minus: menos
open: entre
from: de | del
and: y
to: a | al | -
list: y | o | ,
of: de
article: el | la | los | las | un | una
change: sube | baja | subió | bajó | cayó | pasa | pasó | crece | creció
model: modelo | serie | clase | tipo
vague: varios | varias | algunos | algunas | unos cuantos | unas cuantas
yearprep: en | desde | antes de | después de | durante
`

const ptLex = `
frac 50: meio | meia
point: vírgula
plus: e | com
sub BRL: centavos | centavo
sub EUR: cêntimos | cêntimo
num 0: zero
num 2: dois | duas
num 3: três
num 4: quatro
num 5: cinco
num 6: seis
num 7: sete
num 8: oito
num 9: nove
num 10: dez
num 11: onze
num 12: doze
num 13: treze
num 14: catorze | quatorze
num 15: quinze
num 16: dezesseis | dezasseis
num 17: dezessete | dezassete
num 18: dezoito
num 19: dezenove | dezanove
num 20: vinte
num 30: trinta
num 40: quarenta
num 50: cinquenta
num 60: sessenta
num 70: setenta
num 80: oitenta
num 90: noventa
num 100: cem | cento
num 200: duzentos | duzentas
num 300: trezentos | trezentas
num 400: quatrocentos | quatrocentas
num 500: quinhentos | quinhentas
num 600: seiscentos | seiscentas
num 700: setecentos | setecentas
num 800: oitocentos | oitocentas
num 900: novecentos | novecentas
single: um | uma
conj: e
scale 3: mil
wscale 3: k
scale 6: milhão | milhões
wscale 6: mi
scale 9: bilhão | bilhões
wscale 9: bi
scale 12: bilião | biliões | trilhão | trilhões
pct: por cento
pp: pontos percentuais | ponto percentual
cur EUR: euros | euro
cur USD: dólares | dólar
cur BRL: reais | real
cur GBP: libras | libras esterlinas
cur CNY: yuans | yuan | iuanes
cur JPY: ienes | yen
cur SEK: coroas suecas | coroa sueca
cur NOK: coroas norueguesas | coroa norueguesa
cur DKK: coroas dinamarquesas | coroa dinamarquesa
cur CZK: coroas checas | coroa checa
unit unit: veículos | unidades | carros | automóveis | viaturas | exemplares | emplacamentos | licenciamentos | matrículas
tunit day: dias | dia
tunit week: semanas | semana
tunit month: meses | mês
tunit year: anos | ano
unit hp: cv | cavalos
unit km: quilômetros | quilómetros
unit t: toneladas
unit l: litros
adj: elétricos | eléctricos | novos | usados
qual approximately: cerca de | quase | aproximadamente | por volta de | perto de | em torno de
qual more_than: mais de | acima de
qual less_than: menos de | abaixo de
qual up_to: até
qual at_least: pelo menos | no mínimo | ao menos
qual at_most: no máximo
neg: não
minus: menos
open: entre
from: de
and: e
to: a | até | -
list: e | ou | ,
of: de
article: o | a | os | as
change: sobe | desce | subiu | caiu | passa | passou | cresce | cresceu
model: modelo | série | classe | tipo
vague: vários | várias | alguns | algumas
yearprep: em | desde | antes de | depois de | durante
`

// The lexicons below cover the trade press of four more markets with digits,
// scales, currencies, units, percent and qualifiers; number words are
// Swedish and Turkish only (Czech and Polish inflect them too much for a
// table).

const svLex = `
frac 50: halv
frac 150: halvannan
plus: och
sub SEK: öre
num 1: ett | en
num 2: två
num 3: tre
num 4: fyra
num 5: fem
num 6: sex
num 7: sju
num 8: åtta
num 9: nio
num 10: tio
num 20: tjugo
num 30: trettio
num 40: fyrtio
num 50: femtio
hundred: hundra
scale 3: tusen
wscale 3: k
scale 6: miljon | miljoner
dscale 6: mn | milj
scale 9: miljard | miljarder
dscale 9: mdr | md
pct: procent
pp: procentenheter | procentenhet
cur SEK: kronor | krona | svenska kronor | kr
cur NOK: norska kronor | norska kroner
cur DKK: danska kronor | danska kroner
cur EUR: euro
cur USD: dollar | amerikanska dollar
unit unit: bilar | fordon | enheter | exemplar | elbilar | registreringar | nyregistreringar
tunit day: dagar | dag
tunit week: veckor | vecka
tunit month: månader | månad
tunit year: år
unit hp: hk | hästkrafter
unit km: kilometer
unit t: ton
unit l: liter
qual approximately: cirka | ca. | ungefär | omkring | runt | nästan | närmare
qual more_than: drygt | över | mer än | fler än
qual less_than: mindre än | färre än | under
qual up_to: upp till
qual at_least: minst
qual at_most: högst
neg: inte | ej
minus: minus
open: mellan
from: från
and: och
to: till | -
list: och | eller | ,
vague: flera | några | många
yearprep: i | sedan | efter | före | inför
`

const plLex = `
frac 50: pół
frac 150: półtora
plus: i
sub PLN: groszy | grosze | grosz
bscale 3: tysiąc
scale 3: tysiące | tysięcy
dscale 3: tys
bscale 6: milion
scale 6: miliony | milionów | mln
bscale 9: miliard
scale 9: miliardy | miliardów | mld
pct: procent | proc. | procenta
pp: punktów procentowych | punkty procentowe | punkt procentowy | pkt proc.
cur PLN: złotych | złote | złoty | zł
cur EUR: euro
cur USD: dolarów | dolary | dolar
cur SEK: koron szwedzkich | korony szwedzkie
cur NOK: koron norweskich | korony norweskie
cur DKK: koron duńskich | korony duńskie
cur CZK: koron czeskich | korony czeskie
unit unit: samochodów osobowych | samochodów | aut | pojazdów | sztuk | egzemplarzy | samochody | auta | rejestracji | rejestracje
adj: nowych | elektrycznych | używanych | osobowych
tunit day: dni
tunit month: miesięcy
tunit year: lat
unit hp: KM
unit km: kilometrów
qual approximately: około | ok. | prawie | niemal | blisko | mniej więcej
qual more_than: ponad | więcej niż | powyżej
qual less_than: mniej niż | poniżej
qual up_to: do | aż do
qual at_least: co najmniej | przynajmniej
qual at_most: najwyżej | maksymalnie
neg: nie
minus: minus
open: między | pomiędzy
from: od
and: a
to: do | -
list: i | oraz | lub | ,
vague: kilka | kilku | kilkanaście | kilkadziesiąt | kilkaset | wiele
yearprep: w | od | przed | po
`

const csLex = `
frac 50: půl
plus: a
sub CZK: haléřů | haléře | haléř
scale 3: tisíc | tisíce | tisícovek
dscale 3: tis
bscale 6: milion
scale 6: miliony | milionů | milionem | milionu
dscale 6: mil
bscale 9: miliarda | miliardu
scale 9: miliardy | miliard | miliardou
dscale 9: mld
pct: procent | procenta | procento | procenty
pp: procentních bodů | procentního bodu | procentní body | procentní bod
cur CZK: korun | koruny | koruna | korunami
cur EUR: eur | euro
cur USD: dolarů | dolary | dolar
cur INR: rupií | rupie
cur SEK: švédských korun | švédské koruny
cur NOK: norských korun | norské koruny
cur DKK: dánských korun | dánské koruny
unit unit: vozů | vozidel | aut | automobilů | kusů | vozy | registrací
adj: osobních | nových | elektrických | ojetých | užitkových
tunit day: dní | dnů
tunit month: měsíců
tunit year: let | roků
unit hp: koní
unit km: kilometrů
qual approximately: zhruba | kolem | asi | téměř | skoro | přibližně | okolo | cca
qual more_than: přes | více než | přes než
qual less_than: méně než | pod
qual up_to: až | až do
qual at_least: alespoň | alespoň o | nejméně | minimálně
qual at_most: nejvýše | maximálně | nanejvýš
neg: ne
minus: minus | mínus
open: mezi
from: od
and: a
to: až | do | -
list: a | nebo | ,
vague: několik | několika | pár | mnoho | desítky | desítek | stovky | stovek
yearprep: v | od | před | po
`

const trLex = `
frac 50: buçuk | yarım
plus: ve
sub TRY: kuruş
num 1: bir
num 2: iki
num 3: üç
num 4: dört
num 5: beş
num 6: altı
num 7: yedi
num 8: sekiz
num 9: dokuz
num 10: on
num 20: yirmi
num 30: otuz
num 40: kırk
num 50: elli
num 60: altmış
num 70: yetmiş
num 80: seksen
num 90: doksan
hundred: yüz
scale 3: bin | binden | bini
scale 6: milyon | milyondan
scale 9: milyar | milyardan
scale 12: trilyon
pre: yüzde | %
pct: yüzde
cur TRY: TL | lira | Türk lirası | liralık
cur USD: dolar | ABD doları | doları | dolarlık
cur EUR: euro | avro | euroluk | avroluk
cur SEK: isveç kronu
unit unit: araç | otomobil | adet | aracın | adetten | araçtan | otomobilden
tunit day: gün
tunit week: hafta
tunit month: ay
tunit year: yıl
unit hp: beygir
unit km: kilometre
post more_than: fazla | üzerinde
post up_to: kadar
post less_than: az | altında
qual approximately: yaklaşık | yaklaşık olarak | civarında
qual at_least: en az
qual at_most: en fazla
to: ile | -
list: ve | veya | ,
vague: birkaç | yüzlerce | binlerce
`

// jaLex adds Japanese to the English lexicon: digits with 万, 億 and 兆, 円,
// 割 (tenths: 5割 is 50%), 台 and qualifiers around the number.
const jaLex = `
scale 4: 万
scale 8: 億
scale 12: 兆
cur JPY: 円
cur USD: ドル | 米ドル
cur EUR: ユーロ
cur CNY: 人民元
pct 1: 割
qual approximately: 約 | およそ | 約 | ほぼ
qual up_to: 最大 | 最高
qual more_than: 超
post at_least: 以上
post at_most: 以下
post more_than: 超 | 強
post less_than: 未満 | 弱
post approximately: 程度 | 前後 | 近く
tunit year: 年 | 年間
tunit month: カ月 | か月 | ヶ月 | ケ月
unit unit: 台
model: 第
`

// koLex adds Korean to the English lexicon: digits with 천, 만, 억 and 조
// (from CLDR, repeated here for the hand-written reading), the bare
// currency names Korean writes after a number ("146조원", "1000억 달러"),
// percent words, vehicle counts (대) and the qualifiers before and after
// the number. Korean words are split into syllables by the tokenizer, so
// particles glued to a figure ("146조원을") do not hide it; a qualifier must
// start a word ("계약 100억 원" is no "약 100억 원").
const koLex = `
scale 3: 천
scale 4: 만
scale 8: 억
scale 12: 조
cur KRW: 원
cur USD: 달러 | 불 | 미국 달러
cur EUR: 유로
cur JPY: 엔
cur CNY: 위안
cur GBP: 파운드
pct: 퍼센트 | 프로
pp: %p | %포인트 | 퍼센트포인트
unit unit: 대
tunit year: 년
tunit month: 개월
tunit day: 일
qual approximately: 약 | 대략 | 무려
qual up_to: 최대
qual at_least: 최소
post approximately: 가량 | 정도 | 안팎 | 내외 | 남짓
post at_least: 이상
post at_most: 이하
post more_than: 초과 | 넘게
post less_than: 미만
`

// zhLex adds Chinese to the English lexicon: number words 一 to 九 (for
// 成, tenths: 三成 is 30%, and 辆), durations after digits (18小时, 3个月,
// 2年 but not the year 2026年) and more qualifiers. Number words make no
// money ("三元锂电池" is a battery chemistry), and durations in number
// words need a qualifier ("超过一年").
const zhLex = `
num 1: 一
num 2: 二 | 两
num 3: 三
num 4: 四
num 5: 五
num 6: 六
num 7: 七
num 8: 八
num 9: 九
pct 1: 成
tunit hour: 小时 | 个小时
tunit day: 天
tunit week: 个星期
tunit month: 个月
tunit year: 年
qual approximately: 将近 | 接近 | 大概
qual more_than: 超 | 多于
qual at_least: 不少于 | 不低于
qual at_most: 不超过 | 不多于
qual less_than: 少于 | 低于
qual more_than: 高于
post at_least: 以上
post at_most: 以下
neg: 不
vague: 几 | 数 | 上 | 好几
model: 第
`

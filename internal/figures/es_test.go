package figures

import "testing"

var esCases = []tcase{
	c("La inversión será de entre 3 y 5 millones de euros.", money("entre 3 y 5 millones de euros", 3e6, "EUR").r(3e6, 5e6)),
	c("Stellantis invertirá 1.500 millones de euros en Zaragoza.", money("1.500 millones de euros", 1.5e9, "EUR")),
	c("El grupo perdió 3.000 millones de dólares.", money("3.000 millones de dólares", 3e9, "USD")),
	c("La planta costó mil millones de euros.", money("mil millones de euros", 1e9, "EUR")),
	c("Se destinan 2 mil millones de euros.", money("2 mil millones de euros", 2e9, "EUR")),
	c("El coche cuesta 25.000 euros.", money("25.000 euros", 25000, "EUR")),
	c("El precio arranca en 19.990 €.", money("19.990 €", 19990, "EUR")),
	c("La ayuda es de 7.000 euros por coche.", money("7.000 euros", 7000, "EUR")),
	c("Una multa de 500 millones de dólares estadounidenses.", money("500 millones de dólares estadounidenses", 5e8, "USD")),
	c("Ganó 2,5 millones de libras.", money("2,5 millones de libras", 2.5e6, "GBP")),
	c("Invirtió 4.000 millones de yuanes.", money("4.000 millones de yuanes", 4e9, "CNY")),
	c("Pagó 300 millones de pesos mexicanos.", money("300 millones de pesos mexicanos", 3e8, "MXN")),
	c("El bono es de doscientos euros.", money("doscientos euros", 200, "EUR")),
	c("Un cargador cuesta mil euros.", money("mil euros", 1000, "EUR")),
	c("La empresa vale 1 billón de euros.", money("1 billón de euros", 1e12, "EUR")),
	c("La cuota es del 30%.", pct("30%", 30)),
	c("Treinta por ciento de los compradores prefieren híbridos.", pct("Treinta por ciento", 30)),
	c("Veinticinco por ciento de arancel.", pct("Veinticinco por ciento", 25)),
	c("Treinta y cinco por ciento de las ventas.", pct("Treinta y cinco por ciento", 35)),
	c("Las ventas subieron un 12,5%.", pct("12,5%", 12.5)),
	c("La cuota cayó 2 puntos porcentuales.", points("2 puntos porcentuales", 2)),
	c("Más del 30% de los coches son eléctricos.", pct("Más del 30%", 30).q(more)),
	c("Más de 3 millones de vehículos fueron revisados.", qty("Más de 3 millones de vehículos", 3e6, "unit").q(more)),
	c("Alrededor de 20.000 vehículos se exportan.", qty("Alrededor de 20.000 vehículos", 20000, "unit").q(approx)),
	c("Los descuentos llegan hasta el 40%.", pct("hasta el 40%", 40).q(upTo)),
	c("Al menos 500 coches serán entregados.", qty("Al menos 500 coches", 500, "unit").q(atLeast)),
	c("Casi el 10% del mercado.", pct("Casi el 10%", 10).q(approx)),
	c("Menos del 5% usa hidrógeno.", pct("Menos del 5%", 5).q(less)),
	c("Cerca de 1.000 unidades al día.", qty("Cerca de 1.000 unidades", 1000, "unit").q(approx)),
	c("Unos 300 coches por semana.", qty("Unos 300 coches", 300, "unit").q(approx)),
	c("Como máximo 50 vehículos.", qty("Como máximo 50 vehículos", 50, "unit").q(atMost)),
	c("Menos de 29.000 unidades vendidas.", qty("Menos de 29.000 unidades", 29000, "unit").q(less)),
	c("El crecimiento será entre el 3 y el 5 por ciento.", pct("entre el 3 y el 5 por ciento", 3).r(3, 5)),
	c("Un alza del 2-3% está prevista.", pct("2-3%", 2).r(2, 3)),
	c("Tendrá entre 3 y 4 mil millones de euros.", money("entre 3 y 4 mil millones de euros", 3e9, "EUR").r(3e9, 4e9)),
	c("Stellantis tendrá el 51% y Leapmotor el 49%.", pct("51%", 51), pct("49%", 49)),
	c("Se vendieron 1,5 millones de unidades.", qty("1,5 millones de unidades", 1.5e6, "unit")),
	c("La fábrica produce 68.000 coches.", qty("68.000 coches", 68000, "unit")),
	c("Un millón de vehículos al año.", qty("Un millón de vehículos", 1e6, "unit")),
	c("La marca vendió 300.000 automóviles.", qty("300.000 automóviles", 300000, "unit")),
	c("El motor rinde 150 CV.", qty("150 CV", 150, "hp")),
	c("La batería tiene 77 kWh.", qty("77 kWh", 77, "kWh")),
	c("La autonomía es de 450 kilómetros.", qty("450 kilómetros", 450, "km")),
	c("Alcanza 180 km/h.", qty("180 km/h", 180, "km/h")),
	c("El depósito tiene 50 litros.", qty("50 litros", 50, "l")),
	c("Pesa 2 toneladas.", qty("2 toneladas", 2, "t")),
	c("La entrega tarda 30 días.", qty("30 días", 30, "day")),
	c("La garantía es de 8 años.", qty("8 años", 8, "year")),
	c("La obra dura 18 meses.", qty("18 meses", 18, "month")),
	c("La huelga duró 3 semanas.", qty("3 semanas", 3, "week")),
	c("La planta producirá 50 GWh.", qty("50 GWh", 50, "GWh")),
	c("El precio baja 1.000 euros.", money("1.000 euros", 1000, "EUR")),
	c("El precio sube 1,500 euros.", money("1,500 euros", 1.5, "EUR")),
	c("Quinientos coches listos.", qty("Quinientos coches", 500, "unit")),
	c("Veintidós por ciento del total.", pct("Veintidós por ciento", 22)),
	// Sin cifras.
	c("El Peugeot 208 y el e-2008 se fabrican aquí."),
	c("El 8 de octubre de 2025 cambió todo."),
	c("En 2024 las ventas bajaron."),
	c("La reunión empieza a las 14:30."),
	c("Un coche para todos."),
	c("Una de las dos marcas cierra."),
	c("El Leapmotor C10 llega a España."),
	c("Quedó 2º en la carrera."),
	c("El SEAT León 1.5 TSI es popular."),
	// Importes vagos, coronas y matriculaciones.
	c("El ajuste costará varios cientos de millones de euros."),
	c("Algunos miles de coches esperan en el puerto."),
	c("En mayo hubo 98.000 matriculaciones.", qty("98.000 matriculaciones", 98000, "unit")),
	c("Volvo ganó 3.000 millones de coronas suecas.", money("3.000 millones de coronas suecas", 3e9, "SEK")),
	c("La ayuda es de 15.000 coronas noruegas.", money("15.000 coronas noruegas", 15000, "NOK")),
}

func TestExtractSpanish(t *testing.T) { runCases(t, "es", esCases) }

// Spanish is written with both separators: a comma before three digits and
// a scale word groups thousands (Mexico, Central America), and one or two
// decimals stay decimals.
func TestSpanishCommaGroups(t *testing.T) {
	runTable(t, "es", []tcase{
		c("Invirtió 1,470 millones de euros.", money("1,470 millones de euros", 1.47e9, "EUR")),
		c("Costó 244,500 millones de pesetas.", money("244,500 millones de pesetas", 2.445e11, "ESP")),
		c("Ganó 1,47 millones de euros.", money("1,47 millones de euros", 1.47e6, "EUR")),
	})
}

package figures

import "testing"

var zhCases = []tcase{
	c("比亚迪销量约5万辆。", qty("约5万辆", 50000, "unit").q(approx)),
	c("投资100亿元建设工厂。", money("100亿元", 1e10, "CNY")),
	c("市场份额增长30％。", pct("30％", 30)),
	c("大众投资3.5亿美元。", money("3.5亿美元", 3.5e8, "USD")),
	c("年产能超过50 GWh。", qty("超过50 GWh", 50, "GWh").q(more)),
	c("售价¥20万起。", money("¥20万", 200000, "CNY")),
	c("2024年销量下滑。"),
	c("零跑C10上市。"),
}

func TestExtractChinese(t *testing.T) { runCases(t, "zh", zhCases) }

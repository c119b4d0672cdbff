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
	// Groups with descending scales make one number.
	c("项目总投资2亿3000万元。", money("2亿3000万元", 2.3e8, "CNY")),
	c("全年销量4万2千辆。", qty("4万2千辆", 42000, "unit")),
	c("工厂年产能达到1万2000辆。", qty("1万2000辆", 12000, "unit")),
	c("约1万5千辆新车待交付。", qty("约1万5千辆", 15000, "unit").q(approx)),
	c("今年卖了5万辆，明年8万辆。", qty("5万辆", 50000, "unit"), qty("8万辆", 80000, "unit")),
	// 成 is tenths; number words count for 成 and 辆.
	c("约四成车主选择了增程版。", pct("约四成", 40).q(approx)),
	c("纯电车型占比超过两成。", pct("超过两成", 20).q(more)),
	c("其中6成来自海外。", pct("6成", 60)),
	c("完成三万辆的目标。", qty("三万辆", 30000, "unit")),
	c("三元锂电池成本下降。"),
	c("一汽集团成立新公司。"),
	// Durations after digits, not after a year.
	c("充电只需18小时。", qty("18小时", 18, "hour")),
	c("交付周期缩短至3个月。", qty("3个月", 3, "month")),
	c("质保期为8年。", qty("8年", 8, "year")),
	c("等待时间约45天。", qty("约45天", 45, "day").q(approx)),
	c("2026年3月发布新车。"),
	c("第3个月开始交付，第2年盈利。"),
	// Durations in number words need a qualifier.
	c("部分订单已等待超过一年。", qty("超过一年", 1, "year").q(more)),
	c("一年来市场变化很大。"),
	c("近两年来销量翻倍。"),
	c("几千辆车滞留港口，数十万辆待售，上千辆召回。"),
	c("该车型卖出一千辆。", qty("一千辆", 1000, "unit")),
	c("质保不少于三年。", qty("不少于三年", 3, "year").q(atLeast)),
}

func TestExtractChinese(t *testing.T) { runCases(t, "zh", zhCases) }

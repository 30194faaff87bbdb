window.JIXIAO_SEARCH = [
{"t":"绩效总览 · 2024 年度","u":"index.html","k":"home","s":"总览 overview"},
{"t":"销售部","u":"departments/sales/index.html","k":"department","s":"Sales 张伟 王芳 李娜 陈爱丽 刘洋 赵敏"},
{"t":"张伟","u":"people/zhang-wei/index.html","k":"person","s":"销售部 销售总监 Zhang Wei"},
{"t":"年度绩效考核制度","u":"policies/annual-review.html","k":"policy","s":"评分规则 申诉 等级"},
{"t":"张伟 · 历史评分","u":"people/zhang-wei/index.html#history","k":"person","s":"季度 Zhang Wei"}
];

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="92"/>
        <source>About Yekuo Desk</source>
        <translation>关于业扩服务监督台</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="94"/>
        <source>&lt;b&gt;Yekuo Desk %1&lt;/b&gt;&lt;br&gt;Supervision of new-connection applications for county power-supply bureaus.</source>
        <translation>&lt;b&gt;业扩服务监督台 %1&lt;/b&gt;&lt;br&gt;县级供电企业业扩报装服务监督。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="100"/>
        <source>Data file:</source>
        <translation>数据文件：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="101"/>
        <source>Backups:</source>
        <translation>备份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="102"/>
        <source>Logs:</source>
        <translation>日志：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="109"/>
        <source>Open the folder</source>
        <translation>打开文件夹</translation>
    </message>
</context>
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="32"/>
        <source>Add an assessment item</source>
        <translation>添加考核项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="38"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="44"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="45"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="46"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="47"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="79"/>
        <source>Customer cause…</source>
        <translation>客户原因…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="80"/>
        <source>Add item…</source>
        <translation>添加考核项…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="81"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="82"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="83"/>
        <source>Correct the description or amount of an item entered by hand</source>
        <translation>更正手工录入考核项目的事由或金额</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="85"/>
        <source>Withdraw an item entered by hand, a supervision notice, or a customer-cause mark (with a reason)</source>
        <translation>撤回手工录入的考核项目、监督意见书或客户原因认定（须填写原因）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="86"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="87"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="89"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="131"/>
        <source>Unit / case number</source>
        <translation>责任单位 / 申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="131"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="131"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="133"/>
        <source>%1 items</source>
        <translation>%1 项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="136"/>
        <source> [unverified: changed outside this program]</source>
        <translation>【未经核实：在本软件之外被改动】</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="148"/>
        <source>Bureau total: %1 yuan</source>
        <translation>全局合计：%1 元</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="152"/>
        <source>This sheet rests on %1 recorded dates that differ from the history (changed outside this program): </source>
        <translation>本表依据的 %1 项记录与修改记录不符（在本软件之外被改动），未经核实：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="163"/>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="165"/>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="172"/>
        <source>Customer cause</source>
        <translation>客户原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="163"/>
        <source>Select a late stage first.</source>
        <translation>请先选中一个超期环节。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="166"/>
        <source>The delay of %1 was the customer&apos;s. Reason (kept in the history):</source>
        <translation>%1 的延误属客户原因。原因（记入修改记录）：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="186"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="189"/>
        <source>Select an item entered by hand, a supervision notice or a customer-cause line first.</source>
        <translation>请先选择一条手工录入的考核项目、监督意见书或客户原因记录。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="191"/>
        <source>Withdraw “%1”? It leaves the month&apos;s sheet; the record and the reason are kept in the history.</source>
        <translation>撤回“%1”？它将不再计入本月考核表；记录及撤回原因保留在修改记录中。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="203"/>
        <source>Correct an item</source>
        <translation>更正考核项目</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="205"/>
        <source>Select an item entered by hand first (a notice is corrected on the notices screen).</source>
        <translation>请先选择一条手工录入的考核项目（监督意见书请在“监督意见书”页面更正）。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="216"/>
        <source>Why is the item corrected?</source>
        <translation>为什么更正该考核项目？</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="240"/>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="249"/>
        <source>Export the assessment sheet</source>
        <translation>导出考核表</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="241"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/assessment_view.py" line="248"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="174"/>
        <source>Confirmed (the State Council&apos;s schedule is entered)</source>
        <translation>已确认（已录入国务院办公厅放假安排）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="176"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="176"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="249"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="176"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="250"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="180"/>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="181"/>
        <source>Add days (a range)…</source>
        <translation>按区间添加…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="182"/>
        <source>Paste a list…</source>
        <translation>粘贴日期列表…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="183"/>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="184"/>
        <source>Save this year</source>
        <translation>保存本年</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="186"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="197"/>
        <source>List the weekdays that are holidays and the Saturdays or Sundays that are worked (make-up days). A year nobody has entered is counted with the statutory holidays worked out from the statute (shown here to start from); until it is confirmed its due dates are shown as provisional.</source>
        <translation>逐日列出放假的工作日和调休上班的周六、周日。尚未录入的年份按《全国年节及纪念日放假办法》推算法定假日（此处列出，可在此基础上修改）；确认之前，其到期日显示为“暂定”。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="235"/>
        <source>Add days</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="247"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="248"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="251"/>
        <source>A holiday range adds its weekdays; a make-up range its Saturdays and Sundays.</source>
        <translation>节假日区间只登记其中的工作日；调休上班区间只登记其中的周六、周日。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="262"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="274"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="279"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="326"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="329"/>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="266"/>
        <source>Paste a list</source>
        <translation>粘贴日期列表</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="267"/>
        <source>One date or range a line, e.g.
2027-02-10 至 2027-02-16 休 春节
2027-02-07 班 春节调休
Without 休 or 班, a weekday is a holiday and a Saturday or Sunday a make-up working day.</source>
        <translation>每行一个日期或区间，例如：
2027-02-10 至 2027-02-16 休 春节
2027-02-07 班 春节调休
不写“休”或“班”时，工作日按节假日、周六周日按调休上班登记。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="279"/>
        <source>Dates of %1 are not of the year shown (%2).</source>
        <translation>%1 年的日期不属于当前显示的年份（%2）。</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="117"/>
        <source>&amp;Undo completion…</source>
        <translation>撤销完成(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="118"/>
        <source>Clear the completion date recorded for this stage (needs a reason, kept in the history)</source>
        <translation>清除本环节已记录的完成日期（须填写原因，记入修改记录）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="122"/>
        <source>Correct a pause (&amp;G)…</source>
        <translation>更正暂停(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="123"/>
        <source>Change the dates of a recorded pause or withdraw it (needs a reason, kept in the history)</source>
        <translation>修改已记录暂停的日期或撤销该暂停（须填写原因，记入修改记录）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="127"/>
        <source>Prin&amp;t receipt…</source>
        <translation>打印回执(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="130"/>
        <source>&amp;Acceptance papers</source>
        <translation>受理材料(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="132"/>
        <source>Contact card…</source>
        <translation>业务联系卡…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="133"/>
        <source>Acceptance notice…</source>
        <translation>办理告知书…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="134"/>
        <source>Missing documents notice…</source>
        <translation>缺件告知书…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="136"/>
        <source>Power-quality notice…</source>
        <translation>电能质量评估告知书…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="149"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="177"/>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="178"/>
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="189"/>
        <source>Case %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="217"/>
        <source>Time limits: %1</source>
        <translation>时限规则：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="237"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="238"/>
        <source>Case data</source>
        <translation>工单信息</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="308"/>
        <source>Change a registered case</source>
        <translation>修改已登记工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="309"/>
        <source>This change affects the case&apos;s time limits. Check what it will do before saving:</source>
        <translation>此修改影响本工单的时限。保存前请核对它将带来的变化：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="330"/>
        <source>%1: saved meanwhile as “%2”, yours “%3”</source>
        <translation>%1：对方已改为“%2”，您改为“%3”</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="334"/>
        <source>This case was changed by someone else after you opened it:</source>
        <translation>您打开本工单后，有人修改并保存了它：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="335"/>
        <source>Keep mine</source>
        <translation>保留我的修改</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="336"/>
        <source>Take theirs</source>
        <translation>采用对方的值</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="368"/>
        <source>%1: undo completion</source>
        <translation>%1：撤销完成</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="369"/>
        <source>The completion on %1 will be cleared and the stage&apos;s clock runs again.</source>
        <translation>将清除 %1 的完成记录，本环节重新计时。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="378"/>
        <source>Recorded as %1. A change needs a reason and is kept in the history.</source>
        <translation>已记录为 %1。修改须填写原因，并记入修改记录。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="381"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="391"/>
        <source>%1: completed</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="391"/>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="402"/>
        <source>Power-on without a revisit</source>
        <translation>接电前未回访</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="403"/>
        <source>No key stage of this case has been revisited on or before this power-on date; a revisit is due before power-on.
Record the connection anyway? Give the reason:</source>
        <translation>本工单在该接电日期之前（含当天）没有关键环节回访：接电前应至少回访一个关键环节。
仍要登记接电吗？请填写原因：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="415"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="424"/>
        <source>%1: pause the clock</source>
        <translation>%1：暂停计时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="424"/>
        <source>Paused from</source>
        <translation>暂停日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="425"/>
        <source>Customer cause</source>
        <translation>客户原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="426"/>
        <source>The clock stops for a wait caused by the customer; the paused working days move the due date.</source>
        <translation>因客户原因等待时暂停计时；暂停的工作日顺延到期日。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="436"/>
        <source>%1: resume the clock</source>
        <translation>%1：恢复计时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="436"/>
        <source>Resumed on</source>
        <translation>恢复日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="447"/>
        <source>%1: correct a pause</source>
        <translation>%1：更正暂停</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="484"/>
        <source>Receipt %1</source>
        <translation>回执 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="509"/>
        <source>Discard the unsaved changes?</source>
        <translation>放弃未保存的修改？</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="6"/>
        <source>Case</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="15"/>
        <source>Application</source>
        <translation>申请信息</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="19"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="28"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="33"/>
        <source>Numbered automatically</source>
        <translation>自动编号</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="37"/>
        <source>Customer name</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="46"/>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="55"/>
        <source>Business type</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="64"/>
        <source>Ledger</source>
        <translation>台账类别</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="73"/>
        <source>Voltage</source>
        <translation>电压等级</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="82"/>
        <source>Capacity (kVA)</source>
        <translation>申请容量（kVA）</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="91"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="100"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="109"/>
        <source>ID or credit code</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="118"/>
        <source>Accepted on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="127"/>
        <source>Address</source>
        <translation>用电地址</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="136"/>
        <source>Customer manager</source>
        <translation>客户经理</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="141"/>
        <source>Named on the contact card</source>
        <translation>印在业务联系卡上</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="145"/>
        <source>Manager&apos;s phone</source>
        <translation>客户经理电话</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="154"/>
        <source>Small business</source>
        <translation>小微企业</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="155"/>
        <source>Important or special load</source>
        <translation>重要/特殊负荷</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="156"/>
        <source>Has grid works</source>
        <translation>有配套电网工程</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="157"/>
        <source>Non-linear load</source>
        <translation>非线性负荷</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="157"/>
        <source>Harmonic or impact loads: the customer gets the written power-quality notice</source>
        <translation>谐波源、冲击或波动负荷：须向客户书面告知电能质量评估</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="158"/>
        <source>Arrears checked</source>
        <translation>已核查欠费</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="158"/>
        <source>Seed 003 art. 18(2): the customer&apos;s past use, arrears and credit were checked at acceptance</source>
        <translation>业扩报装工作规范第十八条（二）：受理时已审核客户历史用电、欠费及信用情况</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="164"/>
        <source>Missing documents</source>
        <translation>缺件清单</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="169"/>
        <source>What the customer still has to bring, separated by 、 (printed on the missing-documents notice)</source>
        <translation>客户尚缺的资料，用“、”分隔（打印在缺件告知书上）</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="177"/>
        <source>Stages</source>
        <translation>业务环节</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="195"/>
        <source>Record &amp;completion…</source>
        <translation>记录完成(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="196"/>
        <source>Customer &amp;event…</source>
        <translation>客户事件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="197"/>
        <source>&amp;Pause clock…</source>
        <translation>暂停计时(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="198"/>
        <source>&amp;Resume clock…</source>
        <translation>恢复计时(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="209"/>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>CasePickerDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/case_picker.py" line="18"/>
        <source>Case number, customer, contact or address</source>
        <translation>申请编号、户名、联系人或地址</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_picker.py" line="39"/>
        <source>done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_picker.py" line="45"/>
        <source>%1 found (the newest 50 at most)</source>
        <translation>找到 %1 件（最多显示最近的 50 件）</translation>
    </message>
</context>
<context>
    <name>CaseRowsModel</name>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="22"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="22"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="22"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="22"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="23"/>
        <source>Current stage</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="23"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="23"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="23"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
</context>
<context>
    <name>CasesDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="42"/>
        <source>%1 cases</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/cases_dialog.py" line="43"/>
        <source> (the first %1 shown)</source>
        <translation>（列出前 %1 件）</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../yekuo_desk/views/chart_view.py" line="193"/>
        <source>Click to list the cases</source>
        <translation>点击列出这些工单</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="148"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="151"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="151"/>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="151"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="152"/>
        <source>This PC&apos;s value</source>
        <translation>本机的值</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="152"/>
        <source>Changed here by, at</source>
        <translation>本机修改人、时间</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="153"/>
        <source>Value in the shared database</source>
        <translation>共享数据库的值</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="153"/>
        <source>Changed there by, at</source>
        <translation>对方修改人、时间</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="157"/>
        <source>The value that reached the shared database first stands on every PC. Keep it, or put this PC&apos;s value back (it is sent at the next sync).</source>
        <translation>先到达共享数据库的值已在各台电脑上生效。可以保留它，或改回本机的值（下次同步时上传）。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="160"/>
        <source>Use this PC&apos;s &amp;value</source>
        <translation>采用本机的值(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="161"/>
        <source>&amp;Keep the shared database&apos;s value</source>
        <translation>保留共享数据库的值(&amp;K)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/crash_dialog.py" line="25"/>
        <source>Something went wrong</source>
        <translation>程序出错了</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/crash_dialog.py" line="31"/>
        <source>The program goes on: what you were doing was not finished; check it and try again. If it happens again, press “Copy the details” and send them to your administrator.</source>
        <translation>程序仍可继续使用：刚才的操作没有完成，请核对后重试。如果再次出现，请点“复制详细信息”，发给系统管理员。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/crash_dialog.py" line="38"/>
        <source>Log file: %1</source>
        <translation>日志文件：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/crash_dialog.py" line="39"/>
        <source>No log file could be written.</source>
        <translation>无法写入日志文件。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/crash_dialog.py" line="46"/>
        <source>Copy the details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/crash_dialog.py" line="47"/>
        <source>Show the details</source>
        <translation>显示详细信息</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/crash_dialog.py" line="48"/>
        <source>Open the log folder</source>
        <translation>打开日志文件夹</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/crash_dialog.py" line="66"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="59"/>
        <source>This week (to Friday)</source>
        <translation>本周（截至周五）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="59"/>
        <source>Last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="59"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="60"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="60"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="60"/>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="61"/>
        <source>Dates…</source>
        <translation>自定义日期…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="69"/>
        <source>Whole bureau</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="72"/>
        <source>Present (F11)</source>
        <translation>全屏演示（F11）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="73"/>
        <source>Meeting pack…</source>
        <translation>协调会材料…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="74"/>
        <source>Quarterly analysis…</source>
        <translation>季度分析…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="87"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="88"/>
        <source>Numbers</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="91"/>
        <source>Period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="91"/>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="174"/>
        <source>The end date is before the start date.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="191"/>
        <source>Computing…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="212"/>
        <source>whole bureau</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="213"/>
        <source>%1 to %2, %3; open and overdue as of %4. Click a bar to list its cases.</source>
        <translation>%1 至 %2，%3；在办和超期截至 %4。点击柱子或数据点，列出其中的工单。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="225"/>
        <source>%1 cases have dates that differ from the history (changed outside the app): the figures resting on them wait for the audit officer to check: %2</source>
        <translation>%1 件工单的日期与修改记录不符（可能在本软件之外被改动），相关统计待稽查核实：%2</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="293"/>
        <source>Meeting pack</source>
        <translation>协调会材料</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="314"/>
        <source>PDF (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>PDF 文件 (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="303"/>
        <source>Quarterly analysis</source>
        <translation>季度分析</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="325"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/dashboard_view.py" line="326"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>DateReasonDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/date_reason_dialog.py" line="36"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/date_reason_dialog.py" line="44"/>
        <location filename="../../yekuo_desk/views/date_reason_dialog.py" line="51"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="29"/>
        <source>Working days overdue</source>
        <translation>超期工作日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="29"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="30"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="30"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="30"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="30"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="31"/>
        <source>Clock started</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="31"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="37"/>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="42"/>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="84"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="85"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="87"/>
        <source>&amp;Judge as of:</source>
        <translation>判定日期(&amp;J)：</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="47"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="49"/>
        <source>&amp;Correct registration…</source>
        <translation>更正登记信息(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="51"/>
        <source>Unlock what was registered to correct it; saving asks for the reason, kept in the history</source>
        <translation>解锁已登记的内容以便更正；保存时须填写原因，记入修改记录</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="59"/>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="60"/>
        <source>New feedback form</source>
        <translation>新建反馈单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="81"/>
        <source>Feedback form %1</source>
        <translation>反馈单 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="95"/>
        <source> (late)</source>
        <translation>（超期）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="96"/>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="112"/>
        <source>Move to: %1</source>
        <translation>转为：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="112"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="154"/>
        <source>Why is the registration corrected?</source>
        <translation>为什么更正登记信息？</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="193"/>
        <source>Discard the unsaved changes?</source>
        <translation>放弃未保存的修改吗？</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_dialog.py" line="147"/>
        <source>No case has the number %1</source>
        <translation>没有申请编号为 %1 的工单</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="6"/>
        <source>Feedback form</source>
        <translation>反馈单</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="10"/>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="11"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="13"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="15"/>
        <source>Received on</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="17"/>
        <source>Responsible station</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="19"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="20"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="21"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="23"/>
        <source>Reporter</source>
        <translation>反映人</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="25"/>
        <source>Reporter&apos;s phone</source>
        <translation>反映人电话</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="27"/>
        <source>What was reported</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="29"/>
        <source>Reply deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="34"/>
        <source>Handling</source>
        <translation>办理</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="35"/>
        <source>Investigation</source>
        <translation>调查情况</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="37"/>
        <source>Decision</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="39"/>
        <source>Corrective action</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="41"/>
        <source>Reply date</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="43"/>
        <source>Reply by</source>
        <translation>答复方式</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="45"/>
        <source>Customer&apos;s evaluation</source>
        <translation>客户评价</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="47"/>
        <source>Re-inspection</source>
        <translation>复查情况</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="49"/>
        <source>Reviewer</source>
        <translation>复查人</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="51"/>
        <source>Next step…</source>
        <translation>下一步…</translation>
    </message>
    <message>
        <location filename="../../forms/feedback_dialog.ui" line="54"/>
        <source>Steps</source>
        <translation>办理过程</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="27"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="27"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="27"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="27"/>
        <source>Responsible station</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="28"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="28"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="28"/>
        <source>Received</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="28"/>
        <source>Reply deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="29"/>
        <source>What was reported</source>
        <translation>反映内容</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="32"/>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="33"/>
        <source> (late)</source>
        <translation>（超期）</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="56"/>
        <source>Only forms not closed</source>
        <translation>只看未关闭的</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="58"/>
        <source>New feedback form…</source>
        <translation>新建反馈单…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="59"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="62"/>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="66"/>
        <source>Number, customer, case number or content</source>
        <translation>编号、客户、申请编号或反映内容</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="111"/>
        <source>%1 forms, %2 past their reply deadline</source>
        <translation>%1 份反馈单，%2 份已过答复期限</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="121"/>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="128"/>
        <source>Export the feedback forms</source>
        <translation>导出反馈单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="122"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/feedback_view.py" line="127"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="52"/>
        <source>Welcome to Yekuo Desk</source>
        <translation>欢迎使用业扩服务监督台</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="54"/>
        <source>This is a new database. Give the name of your unit: every receipt, notice and report prints it.</source>
        <translation>这是一个新的数据库。请填写单位名称：所有回执、告知书和报表都会打印它。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="59"/>
        <source>1. Your unit and this PC</source>
        <translation>1. 本单位与本机</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="63"/>
        <source>e.g. 澄川县供电局</source>
        <translation>例如：澄川县供电局</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="64"/>
        <source>Unit name:</source>
        <translation>单位名称：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="65"/>
        <source>A supply station&apos;s PC:</source>
        <translation>供电所的电脑：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="66"/>
        <source>An office of the bureau (sees every station)</source>
        <translation>局机关科室的电脑（可查看全部供电所）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="70"/>
        <source>e.g. 城关供电所</source>
        <translation>如 城关供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="73"/>
        <source>code in case numbers, e.g. CG</source>
        <translation>编号代码，如 CG</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="86"/>
        <source>2. The system administrator (users, stations, rules, calendar) logs in with:</source>
        <translation>2. 系统管理员（管理用户、供电所、时限规则、节假日日历）的登录信息：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="93"/>
        <source>Administrator&apos;s user name:</source>
        <translation>管理员用户名：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="94"/>
        <source>Password (6 or more):</source>
        <translation>密码（至少 6 位）：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="95"/>
        <source>Password again:</source>
        <translation>再输入一次密码：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="98"/>
        <source>3. How to start</source>
        <translation>3. 如何开始</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="100"/>
        <source>Start with an empty register (your real data)</source>
        <translation>从空白台账开始（正式数据）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="101"/>
        <source>Import the old Excel ledger:</source>
        <translation>导入原有 Excel 台账：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="103"/>
        <source>.xlsx or .xls; 文件 → 保存导入模板 shows the columns</source>
        <translation>.xlsx 或 .xls；列名见 文件 → 保存导入模板</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="104"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="111"/>
        <source>Look at the demo bureau first (12 stations, 5,000 invented cases, in a separate demo file; 文件 → 切换到正式数据 comes back)</source>
        <translation>先看演示数据（12 个供电所、5000 件虚构工单，存放在单独的演示文件中；“文件 → 切换到正式数据”即可回到正式数据）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="120"/>
        <source>4. The bureau&apos;s shared database (optional)</source>
        <translation>4. 全局共享数据库（可不填）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="122"/>
        <source>Leave empty on a PC without the network; 设置 → 同步 connects later.</source>
        <translation>没有网络的电脑可留空，以后在 设置 → 同步 中连接。填写后，本机的供电所由该账户决定，供电所名单在第一次同步时下载。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="129"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="130"/>
        <source>Its password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="147"/>
        <source>The old ledger</source>
        <translation>原有台账</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="147"/>
        <source>Excel ledgers (*.xlsx *.xls)</source>
        <translation>Excel 台账 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="158"/>
        <source>Please give the unit name.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="162"/>
        <source>Please give the name of this PC&apos;s supply station.</source>
        <translation>请填写本机所属供电所的名称。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="164"/>
        <source>The station&apos;s code is 2 to 6 capital letters (it begins every case number).</source>
        <translation>供电所代码应为 2 到 6 个大写字母（申请编号以它开头）。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="167"/>
        <source>Please give the administrator&apos;s user name.</source>
        <translation>请填写管理员用户名。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="169"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="177"/>
        <source>Choose the ledger to import: an .xlsx or .xls file that exists.</source>
        <translation>请选择要导入的台账：已存在的 .xlsx 或 .xls 文件。</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="44"/>
        <source>User guide</source>
        <translation>用户手册</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="58"/>
        <source>Change a coordination item</source>
        <translation>修改协调事项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="58"/>
        <source>Record a coordination item</source>
        <translation>记录协调事项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="69"/>
        <source>case number (optional)</source>
        <translation>申请编号（可不填）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="88"/>
        <source>Item to coordinate</source>
        <translation>协调事项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="89"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="90"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="91"/>
        <source>Case</source>
        <translation>关联工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="92"/>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="93"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="94"/>
        <source>Decision</source>
        <translation>会议决定</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="123"/>
        <source>Why is the item changed? (kept in the history)</source>
        <translation>为什么修改此协调事项？（记入修改记录）</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="34"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="34"/>
        <source>Meeting</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="34"/>
        <source>Item</source>
        <translation>协调事项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="34"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="35"/>
        <source>Owner</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="35"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="35"/>
        <source>Due</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="36"/>
        <source>Decision</source>
        <translation>会议决定</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="36"/>
        <source>Outcome</source>
        <translation>办结情况</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="40"/>
        <source>, charged</source>
        <translation>，已考核</translation>
    </message>
</context>
<context>
    <name>ItemsView</name>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="140"/>
        <source>Show closed items</source>
        <translation>显示已办结的</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="142"/>
        <source>Record an item…</source>
        <translation>记录事项…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="143"/>
        <source>Change…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="144"/>
        <source>Close with outcome…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="145"/>
        <location filename="../../yekuo_desk/views/items_view.py" line="246"/>
        <source>Charge 500 yuan…</source>
        <translation>列入考核（500 元）…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="146"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="200"/>
        <source>%1 open, %2 of them past their due date</source>
        <translation>未办结 %1 项，其中逾期 %2 项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="207"/>
        <source>Coordination items</source>
        <translation>协调事项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="207"/>
        <source>Select an item first.</source>
        <translation>请先选择一项协调事项。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="237"/>
        <source>Close with outcome</source>
        <translation>办结</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="238"/>
        <source>Outcome of %1:</source>
        <translation>%1 的办结情况：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="249"/>
        <source>Charge %1 for not carrying out the meeting&apos;s decision (%2) in the assessment of %3?</source>
        <translation>将 %1 未执行协调会决定（%2）列入 %3 考核？</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="257"/>
        <location filename="../../yekuo_desk/views/items_view.py" line="260"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/items_view.py" line="257"/>
        <source>Withdraw item %1 recorded in error? It is kept in the history with the reason.</source>
        <translation>撤回误录的协调事项 %1？事项和撤回原因保留在修改记录中。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="20"/>
        <source>Locked — Yekuo Desk</source>
        <translation>已锁定 — 业扩服务监督台</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="20"/>
        <source>Log in — Yekuo Desk</source>
        <translation>登录 — 业扩服务监督台</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="22"/>
        <source>The window was locked after a time without use. Enter your password to go on.</source>
        <translation>长时间未操作，窗口已锁定。请输入密码继续。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="23"/>
        <source>This data file has users: log in to work in it.</source>
        <translation>此数据文件已设用户，请登录。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="31"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="32"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="44"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="45"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="43"/>
        <source>Yekuo Desk — supervision of new connections</source>
        <translation>业扩服务监督台</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="45"/>
        <source> — DEMO DATA (invented)</source>
        <translation> — 演示数据（虚构）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="69"/>
        <source>Due and overdue</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="70"/>
        <source>Case register</source>
        <translation>工单台账</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="71"/>
        <source>Revisit plan</source>
        <translation>回访计划</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="72"/>
        <source>Revisits</source>
        <translation>回访记录</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="73"/>
        <source>Feedback forms</source>
        <translation>反馈单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="74"/>
        <source>Supervision notices</source>
        <translation>监督意见书</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="75"/>
        <source>Monthly assessment</source>
        <translation>月度考核</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="76"/>
        <source>Meeting charts</source>
        <translation>协调会图表</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="77"/>
        <source>Coordination items</source>
        <translation>协调事项</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="150"/>
        <source>Your password was changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="164"/>
        <source>&amp;New case…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="165"/>
        <source>Register a new application</source>
        <translation>登记新的用电申请</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="166"/>
        <source>&amp;Open case</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="167"/>
        <source>&amp;Find in register</source>
        <translation>查找工单(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="168"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="169"/>
        <source>&amp;Import cases from Excel…</source>
        <translation>从 Excel 导入工单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="170"/>
        <source>Save the import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="171"/>
        <source>&amp;Export the due list…</source>
        <translation>导出到期清单(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="172"/>
        <source>Export the &amp;register…</source>
        <translation>导出工单台账(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="173"/>
        <source>Print the &amp;receipts of a day…</source>
        <translation>批量打印当日回执(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="175"/>
        <source>&amp;Monthly revisit report…</source>
        <translation>回访月报表(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="176"/>
        <source>Time limits, &amp;calendar and stations…</source>
        <translation>时限规则、节假日与供电所(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="178"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="179"/>
        <source>&amp;Due and overdue</source>
        <translation>到期提醒(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="180"/>
        <source>Case &amp;register</source>
        <translation>工单台账(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="182"/>
        <source>Revisit &amp;plan</source>
        <translation>回访计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="182"/>
        <source>Re&amp;visits</source>
        <translation>回访记录(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="183"/>
        <source>Feed&amp;back forms</source>
        <translation>反馈单(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="183"/>
        <source>Supervision &amp;notices</source>
        <translation>监督意见书(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="184"/>
        <source>Monthly &amp;assessment</source>
        <translation>月度考核(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="184"/>
        <source>&amp;Meeting charts</source>
        <translation>协调会图表(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="185"/>
        <source>Coordination &amp;items</source>
        <translation>协调事项(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="186"/>
        <source>&amp;Present the charts full screen</source>
        <translation>全屏演示图表(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="187"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="188"/>
        <source>User &amp;guide</source>
        <translation>用户手册(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="189"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="190"/>
        <source>&amp;Verify the data</source>
        <translation>校验数据完整性(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="191"/>
        <source>&amp;Withdraw an import of today…</source>
        <translation>撤回今天的导入(&amp;W)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="192"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="193"/>
        <source>Restore from a bac&amp;kup…</source>
        <translation>从备份恢复(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="194"/>
        <source>Switch to the &amp;real data</source>
        <translation>切换到正式数据(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="195"/>
        <source>Open the &amp;demo data…</source>
        <translation>打开演示数据(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="196"/>
        <source>&amp;Lock the window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="197"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="205"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="211"/>
        <source>&amp;Cases</source>
        <translation>工单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="214"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="217"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="218"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="222"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="246"/>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="286"/>
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="287"/>
        <source>Add a supply station first (Settings → Stations).</source>
        <translation>请先添加供电所（设置 → 供电所）。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="334"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="395"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="419"/>
        <source>Import cases</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="334"/>
        <source>Excel ledger (*.xlsx *.xls)</source>
        <translation>Excel 台账 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="411"/>
        <source>Updated to the file&apos;s values: %1.</source>
        <translation>已按文件更新：%1 件。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="413"/>
        <source>In the register with other data, left unchanged: %1 (see the details).</source>
        <translation>登记册中已有、数据与文件不同，未修改：%1 件（见详细信息）。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="426"/>
        <source>Take the file&apos;s values for these %1 cases</source>
        <translation>这 %1 件按文件更新</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="441"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="455"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="467"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="482"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="549"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="348"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="260"/>
        <source>Enter the year&apos;s schedule under Settings → Holiday calendar once the State Council publishes it.</source>
        <translation>国务院公布放假安排后，请在“设置 → 节假日日历”中录入。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="262"/>
        <source>The system administrator enters the year&apos;s schedule once the State Council publishes it.</source>
        <translation>国务院公布放假安排后，由系统管理员录入。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="265"/>
        <source>The holiday calendar of %1 is not confirmed: due dates in that year count weekends and the statutory holidays (worked out from the statute) and are marked provisional.</source>
        <translation>%1 年的节假日安排尚未确认：该年的到期日按周末和法定假日（依放假办法推算）计算，并标为“暂定”。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="360"/>
        <source>No import of today to withdraw.</source>
        <translation>今天没有可撤回的导入。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="362"/>
        <source>%1 — %2 cases, by %3</source>
        <translation>%1 — %2 件，%3 导入</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="364"/>
        <source>Import to withdraw:</source>
        <translation>要撤回的导入：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="368"/>
        <source>Withdraw the %1 cases imported from %2? They leave the register; the reason is kept in the history.</source>
        <translation>撤回从 %2 导入的 %1 件工单？它们将移出台账；撤回原因记入修改记录。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="379"/>
        <source>%1 cases withdrawn.</source>
        <translation>已撤回 %1 件。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="396"/>
        <source>They are new stations: create them and import</source>
        <translation>确属新设供电所：新建并导入</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="398"/>
        <source>Cancel, I will correct the file</source>
        <translation>取消，我去改正文件</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="407"/>
        <source>Imported: %1. Already in the register, skipped: %2. Rows refused: %3.</source>
        <translation>已导入 %1 件；已存在跳过 %2 件；拒绝 %3 行。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="416"/>
        <source>New stations: %1</source>
        <translation>新建供电所：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="424"/>
        <source>Save the refused rows…</source>
        <translation>保存被拒绝的行…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="439"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="446"/>
        <source>Save the refused rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="454"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="466"/>
        <source>Export the due list</source>
        <translation>导出到期清单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="477"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="497"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="554"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="481"/>
        <source>Export the register</source>
        <translation>导出工单台账</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="496"/>
        <source>Exporting %1 cases…</source>
        <translation>正在导出 %1 件工单…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="508"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="515"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="521"/>
        <source>Receipts of a day</source>
        <translation>当日回执</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="508"/>
        <source>Stages done on (YYYY-MM-DD):</source>
        <translation>办结日期（YYYY-MM-DD）：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="515"/>
        <source>Write the date as YYYY-MM-DD.</source>
        <translation>日期请写作 YYYY-MM-DD。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="522"/>
        <source>No acceptance, plan reply, design review or completion inspection was recorded done on %1.</source>
        <translation>%1 没有办结的业务受理、供电方案答复、设计审核或竣工检验环节。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="527"/>
        <source>Collecting the receipts of %1…</source>
        <translation>正在汇总 %1 的回执…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="548"/>
        <source>Monthly revisit report</source>
        <translation>回访月报表</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="553"/>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="572"/>
        <source>Recomputing the due dates of open cases…</source>
        <translation>正在重新计算在办工单的到期日…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="574"/>
        <source>Due dates recomputed: %1 cases</source>
        <translation>已重新计算 %1 件工单的到期日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="602"/>
        <source>%1 changes were made to this file outside this program: %2. See Help → Verify the data.</source>
        <translation>此数据文件有 %1 处在本软件之外的改动：%2。详见 帮助 → 校验数据完整性。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="607"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="624"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="609"/>
        <source>The data file is damaged (%1). Do not go on working in it: restore the latest good backup (File → Restore).</source>
        <translation>数据文件已损坏（%1）。请不要继续在其中工作：请从最近的完好备份恢复（文件 → 从备份恢复）。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="622"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="623"/>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="632"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="635"/>
        <source>There is no backup yet.</source>
        <translation>还没有备份。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="638"/>
        <source>Backup to restore:</source>
        <translation>要恢复的备份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="642"/>
        <source>Replace the data file with the backup of %1? The file as it is now is kept as a backup first; what was recorded after the backup will no longer show.</source>
        <translation>用 %1 的备份替换数据文件？当前文件会先另存为备份；备份之后录入的内容将不再显示。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="662"/>
        <source>Build the demo bureau (12 stations, 5,000 invented cases) in its own file? Your data stays as it is.</source>
        <translation>在单独的文件中生成演示数据（12 个供电所、5000 件虚构工单）？您的正式数据保持不变。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="683"/>
        <source>The data is sound: every recorded date agrees with the history, and the history is intact.</source>
        <translation>数据完好：每个记录的日期都与修改记录一致，修改记录未被改动。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="688"/>
        <source>%1 changes were made outside this program.</source>
        <translation>发现 %1 处在本软件之外的改动。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="691"/>
        <source>Verifying the data…</source>
        <translation>正在校验数据…</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/report_dialog.py" line="17"/>
        <source>Monthly revisit report</source>
        <translation>回访月报表</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/report_dialog.py" line="22"/>
        <source>The whole bureau</source>
        <translation>全局</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/report_dialog.py" line="23"/>
        <source>PDF (preview, then print or save)</source>
        <translation>PDF（预览后打印或保存）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/report_dialog.py" line="24"/>
        <source>Excel workbook</source>
        <translation>Excel 工作簿</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/report_dialog.py" line="30"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/report_dialog.py" line="31"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/report_dialog.py" line="32"/>
        <source>As:</source>
        <translation>格式：</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/notice_dialog.py" line="40"/>
        <source>Correct notice %1</source>
        <translation>更正监督意见书 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_dialog.py" line="57"/>
        <source>No case has the number %1</source>
        <translation>没有申请编号为 %1 的工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_dialog.py" line="67"/>
        <source>Why is the notice corrected?</source>
        <translation>为什么更正该监督意见书？</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="6"/>
        <source>Supervision notice</source>
        <translation>业务监督意见书</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="9"/>
        <source>Category</source>
        <comment>a supervision notice&apos;s problem</comment>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="11"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="13"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="14"/>
        <source>optional</source>
        <translation>可不填</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="15"/>
        <source>Issued on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="17"/>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="19"/>
        <source>Persons assessed</source>
        <translation>考核人员</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="20"/>
        <source>names, separated by 、</source>
        <translation>姓名，用“、”分隔</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="21"/>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../forms/notice_dialog.ui" line="23"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
</context>
<context>
    <name>NoticeModel</name>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="27"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="27"/>
        <source>Issued</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="27"/>
        <source>Category</source>
        <comment>a supervision notice&apos;s problem</comment>
        <translation>问题类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="28"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="29"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="29"/>
        <source>Finding</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="29"/>
        <source>Persons assessed</source>
        <translation>考核人员</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="30"/>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="30"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
</context>
<context>
    <name>NoticeView</name>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="46"/>
        <source>New supervision notice…</source>
        <translation>新建监督意见书…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="47"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="48"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="49"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="55"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="80"/>
        <source>%1 notices, %2 person-times, %3 yuan</source>
        <translation>%1 份意见书，考核 %2 人次，%3 元</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="102"/>
        <source>Supervision notices</source>
        <translation>监督意见书</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="102"/>
        <source>Select a notice first.</source>
        <translation>请先选择一份监督意见书。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="115"/>
        <location filename="../../yekuo_desk/views/notice_view.py" line="123"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/notice_view.py" line="116"/>
        <source>Withdraw notice %1? Its amount leaves the month&apos;s sheet; the notice and the reason are kept in the history.</source>
        <translation>撤回监督意见书 %1？其考核金额将不再计入本月考核表；意见书及撤回原因保留在修改记录中。</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="83"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="86"/>
        <source>Current password:</source>
        <translation>原密码：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="86"/>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="87"/>
        <source>New password again:</source>
        <translation>再输入一次新密码：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="100"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>PauseDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="23"/>
        <source>A recorded pause is changed or withdrawn only with a reason; the old and new dates are kept in the history.</source>
        <translation>已记录的暂停只能在填写原因后更正或撤销；原日期和新日期都记入修改记录。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="30"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="36"/>
        <source>Not ended yet</source>
        <translation>尚未结束</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="38"/>
        <source>Paused from</source>
        <translation>暂停开始</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="39"/>
        <source>Resumed on</source>
        <translation>恢复日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="42"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="44"/>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="45"/>
        <source>Withdraw this pause</source>
        <translation>撤销此暂停</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/pause_dialog.py" line="61"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>PlanModel</name>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="31"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="31"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="31"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="31"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="32"/>
        <source>Stage to ask about</source>
        <translation>回访环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="32"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="32"/>
        <source>Revisited</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="36"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../yekuo_desk/views/presentation.py" line="21"/>
        <source>Coordination meeting</source>
        <translation>业扩协调会</translation>
    </message>
</context>
<context>
    <name>PrintSettingsTab</name>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="25"/>
        <source>Unit printed on every paper</source>
        <translation>打印件上的单位名称</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="30"/>
        <source>Paper for receipts and contact cards</source>
        <translation>回执和联系卡的纸张</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="32"/>
        <source>Automatic: the font shipped with the app, else the system&apos;s</source>
        <translation>自动：优先使用程序附带的字体，其次使用系统字体</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="33"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="38"/>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="54"/>
        <source>Font file for PDF papers</source>
        <translation>打印件（PDF）字体文件</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="42"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="55"/>
        <source>TrueType fonts (*.ttf *.ttc)</source>
        <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="64"/>
        <source>the built-in STSong-Light (not embedded)</source>
        <translation>内置 STSong-Light 字体（未嵌入）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="65"/>
        <source>In use: %1</source>
        <translation>正在使用：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_settings_tab.py" line="79"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/reason_dialog.py" line="25"/>
        <source>Reason (kept in the history):</source>
        <translation>原因（记入修改记录）：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/reason_dialog.py" line="41"/>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="58"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="58"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="58"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="58"/>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="59"/>
        <source>Current stage</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="59"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="59"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="59"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="168"/>
        <source>Due date of: %1</source>
        <translation>到期环节：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="170"/>
        <source>Provisional: the holiday calendar of that year is not confirmed</source>
        <translation>暂定：该年节假日安排尚未确认</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="180"/>
        <source>(all done)</source>
        <translation>（已全部完成）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="182"/>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="40"/>
        <source>Case number, customer, contact, address, pinyin initials (zs) or phone</source>
        <translation>申请编号、户名、联系人、地址、拼音首字母（zs）或电话</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="41"/>
        <source>Three or more characters are found anywhere in the case number, customer name or phone; one or two match the beginning.</source>
        <translation>输入三个字符以上时，在申请编号、户名、电话中任意位置查找；一到两个字符时按开头匹配。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="48"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="51"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="53"/>
        <source>In progress</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="55"/>
        <source>All ledgers</source>
        <translation>全部台账</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="56"/>
        <source>Any of the three ledgers</source>
        <translation>三类台账（任一）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="63"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../yekuo_desk/views/register_view.py" line="114"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevisitDialog</name>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="6"/>
        <source>Record a revisit</source>
        <translation>记录回访</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="9"/>
        <source>Revisit</source>
        <translation>回访</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="10"/>
        <source>Stage revisited</source>
        <translation>回访环节</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="12"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="14"/>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="16"/>
        <source>Revisited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="18"/>
        <source>Spoke to</source>
        <translation>受访人</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="20"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="23"/>
        <source>Checklist</source>
        <translation>核查项</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="24"/>
        <source>Applicant signed in person</source>
        <translation>申请人是否本人签字</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="26"/>
        <source>Capacity and metering match the system</source>
        <translation>容量、计量与系统是否一致</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="28"/>
        <source>Survey and metering dates match the system</source>
        <translation>勘查、装表日期与系统是否一致</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="30"/>
        <source>Invoice received and matching</source>
        <translation>是否收到发票且金额相符</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="32"/>
        <source>Staff attitude was good</source>
        <translation>工作人员服务态度是否良好</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="34"/>
        <source>No request for favours (yes = none)</source>
        <translation>有无吃拿卡要（无为“是”）</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="36"/>
        <source>No designated designer, builder or supplier (yes = none)</source>
        <translation>有无指定设计、施工、设备（无为“是”）</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="39"/>
        <source>The customer&apos;s words</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../forms/revisit_dialog.ui" line="40"/>
        <source>Raise a feedback form after saving</source>
        <translation>保存后填写反馈单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_dialog.py" line="67"/>
        <source>Revisit of %1</source>
        <translation>%1 的回访记录</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_dialog.py" line="100"/>
        <source>Why is the revisit record corrected?</source>
        <translation>为什么更正该回访记录？</translation>
    </message>
</context>
<context>
    <name>RevisitPlanView</name>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="62"/>
        <source>Add a case…</source>
        <translation>添加工单…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="62"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="62"/>
        <source>Change stage…</source>
        <translation>更改回访环节…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="63"/>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="63"/>
        <source>Issue plan</source>
        <translation>下达计划</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="63"/>
        <source>Record revisit…</source>
        <translation>记录回访…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="64"/>
        <source>Print plan…</source>
        <translation>打印计划单…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="66"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="66"/>
        <source>Station:</source>
        <translation>供电所：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="122"/>
        <source>Issued %1 by %2</source>
        <translation>已于 %1 由 %2 下达</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="125"/>
        <source> — late: plans are due by the 3rd</source>
        <translation>——逾期下达：计划应于每月3日前下达</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="127"/>
        <source>Not issued yet: proposed by the rules, adjust and issue by the 3rd</source>
        <translation>尚未下达：以下为系统建议，调整后请于3日前下达</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="129"/>
        <source>  ·  %1 planned, %2 revisited</source>
        <translation>  ·  计划 %1 件，已回访 %2 件</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="131"/>
        <source>Results of %1 still missing: %2</source>
        <translation>%1 回访结果未报：%2</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="167"/>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="176"/>
        <source>Add a case</source>
        <translation>添加工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="176"/>
        <source>The case belongs to %1</source>
        <translation>该工单属于 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="201"/>
        <source>Stage to ask about</source>
        <translation>回访环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="201"/>
        <source>Stage:</source>
        <translation>环节：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="213"/>
        <source>Change an issued plan</source>
        <translation>修改已下达的计划</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="214"/>
        <source>The plan is issued. Why does it change?</source>
        <translation>计划已下达。修改原因：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="220"/>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="233"/>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="237"/>
        <source>Revisit plan</source>
        <translation>回访计划</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="238"/>
        <source>Issued after the 3rd: the plan is marked late.</source>
        <translation>已超过3日下达：本计划标记为逾期下达。</translation>
    </message>
</context>
<context>
    <name>RevisitsModel</name>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="259"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="259"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="259"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="259"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="260"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="260"/>
        <source>Method</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="260"/>
        <source>Revisited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="260"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="261"/>
        <source>Problems</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="261"/>
        <source>The customer&apos;s words</source>
        <translation>客户意见</translation>
    </message>
</context>
<context>
    <name>RevisitsView</name>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="294"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="297"/>
        <source>Open case</source>
        <translation>打开工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="298"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="332"/>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="341"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="333"/>
        <source>Withdraw the revisit of %1 on %2? The plan, the report and the before-power-on check no longer count it; the record and the reason are kept in the history.</source>
        <translation>撤回 %1 于 %2 的回访？回访计划、月报及接电前回访核查将不再计入它；记录及撤回原因保留在修改记录中。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/revisit_views.py" line="349"/>
        <source>%1 revisits; satisfied or fairly satisfied: %2</source>
        <translation>回访 %1 件；满意及基本满意率：%2</translation>
    </message>
</context>
<context>
    <name>RulesOfWorkTab</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="428"/>
        <source>Late stage (yuan each)</source>
        <translation>环节超期（元/次）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="429"/>
        <source>Coordination failure (yuan)</source>
        <translation>工作配合超时限、不执行协调会决定（元/次）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="430"/>
        <source>Complaint reply (working days)</source>
        <translation>投诉答复时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="431"/>
        <source>Report reply (working days)</source>
        <translation>举报答复时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="432"/>
        <source>Suggestion reply (working days)</source>
        <translation>意见建议答复时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="433"/>
        <source>Inquiry reply (working days)</source>
        <translation>咨询答复时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="434"/>
        <source>Re-check call after the reply (working days)</source>
        <translation>答复后复查回访（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="435"/>
        <source>Remind of a customer pause after (working days)</source>
        <translation>客户原因暂停提醒（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="436"/>
        <source>Lock the window after (minutes without use)</source>
        <translation>无操作自动锁定（分钟）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="445"/>
        <source>One item a line: item：standard. Printed on the acceptance notice.</source>
        <translation>每行一项：“项目：标准”，打印在办理告知书上。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="447"/>
        <source>Fee items and standards</source>
        <translation>收费项目及标准</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="448"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="459"/>
        <source>Rules of work</source>
        <translation>工作规则</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="46"/>
        <source>Active (used for every due date)</source>
        <translation>启用（所有到期日按此计算）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="53"/>
        <source>applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="53"/>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="54"/>
        <source>Responsible
unit</source>
        <translation>责任
单位</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="59"/>
        <source>Days (0: none)</source>
        <translation>天数（0 为不设）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="59"/>
        <source>Counted in</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="62"/>
        <source>Save time limits</source>
        <translation>保存时限规则</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="64"/>
        <source>Rule set:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="70"/>
        <source>An empty limit means the stage is tracked without a time limit.</source>
        <translation>时限留空表示该环节只跟踪、不限时。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="73"/>
        <source>Whole-case targets
(acceptance to power-on):</source>
        <translation>全流程时限
（受理至装表接电）：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="100"/>
        <source>Source: %1 (revision %2)</source>
        <translation>依据：%1（第 %2 版）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="112"/>
        <source>The case&apos;s station</source>
        <translation>本工单所属供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="160"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="163"/>
        <source>Time limits</source>
        <translation>时限规则</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="467"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="479"/>
        <source>Time limits</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="480"/>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="481"/>
        <source>Stations</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="482"/>
        <source>Assessment and feedback</source>
        <translation>考核与反馈</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="483"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="484"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="487"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="502"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="508"/>
        <source>Saved. The due dates of open cases are recomputed when you close this dialog.</source>
        <translation>已保存。关闭本窗口后将重新计算在办工单的到期日。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="59"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="63"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/help_dialogs.py" line="63"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="43"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="43"/>
        <source>Customer event</source>
        <translation>客户事件</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="43"/>
        <source>Clock started</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="44"/>
        <source>Limit (working days)</source>
        <translation>时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="44"/>
        <source>Paused (working days)</source>
        <translation>暂停（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="44"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="45"/>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="45"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="57"/>
        <source>no limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="61"/>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="67"/>
        <source> %1 working days</source>
        <translation> %1 个工作日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="68"/>
        <source> (paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="76"/>
        <source>No longer applies to this case&apos;s category; the dates recorded while it applied are kept.</source>
        <translation>按本工单现在的客户类别，此环节不再适用；适用时记录的日期予以保留。</translation>
    </message>
</context>
<context>
    <name>StationCombo</name>
    <message>
        <location filename="../../yekuo_desk/views/station_combo.py" line="22"/>
        <source>All stations</source>
        <translation>全部供电所</translation>
    </message>
</context>
<context>
    <name>StationsTab</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="340"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="340"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="340"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="353"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="340"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="354"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="345"/>
        <source>2–6 capital letters, e.g. CG</source>
        <translation>2–6 个大写字母，如 CG</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="346"/>
        <source>Add station</source>
        <translation>添加供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="347"/>
        <source>Save changes to the selected station</source>
        <translation>保存对所选供电所的修改</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="348"/>
        <source>Merge into…</source>
        <translation>并入…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="349"/>
        <source>Retire…</source>
        <translation>停用…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="351"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="352"/>
        <source>Code (in case numbers)</source>
        <translation>代码（用于申请编号）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="342"/>
        <source>Stations</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="386"/>
        <source>Rename a station</source>
        <translation>更改供电所名称</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="387"/>
        <source>Rename “%1” to “%2”? Every case, paper and list shows the new name.</source>
        <translation>将“%1”更名为“%2”？所有工单、单据和列表都将显示新名称。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="400"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="405"/>
        <source>Merge a station</source>
        <translation>合并供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="401"/>
        <source>Merge “%1” into (its cases, revisits, forms and items move there; “%1” is retired):</source>
        <translation>将“%1”并入（其工单、回访、反馈单和考核项目都将移到那里；“%1”随后停用）：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="405"/>
        <source>Merge “%1” into “%2”?</source>
        <translation>将“%1”并入“%2”？</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="414"/>
        <source>Retire a station</source>
        <translation>停用供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="415"/>
        <source>Retire “%1”? It leaves the lists; its old records keep its name.</source>
        <translation>停用“%1”？它将不再出现在列表中；以往记录仍显示它的名称。</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="36"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="38"/>
        <source>Send this PC&apos;s changes to the shared database and fetch the others&apos;</source>
        <translation>上传本机的改动，下载其他电脑的改动</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="40"/>
        <source>Sync &amp;conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="52"/>
        <source>Not connected to the shared database</source>
        <translation>未连接共享数据库</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="55"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="56"/>
        <source>Last sync %1 · %2 changes to send</source>
        <translation>上次同步 %1 · 待上传 %2 处改动</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="58"/>
        <source> · %1 conflicts</source>
        <translation> · %1 处冲突</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="59"/>
        <source>safe to switch off</source>
        <translation>可以关机</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="60"/>
        <source>sync before switching off</source>
        <translation>请先同步再关机</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="87"/>
        <location filename="../../yekuo_desk/views/sync_view.py" line="88"/>
        <source>Syncing with the shared database…</source>
        <translation>正在与共享数据库同步…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="101"/>
        <source>%1 fields were changed differently on another PC: see the conflict inbox.</source>
        <translation>有 %1 处在其他电脑上被改成了不同的值，请在“同步冲突”中处理。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="105"/>
        <source>The shared database refused %1 rows (they are retried at each sync once corrected):</source>
        <translation>共享数据库拒收 %1 行（改正后每次同步自动重试）：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="108"/>
        <location filename="../../yekuo_desk/views/sync_view.py" line="120"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="117"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_view.py" line="121"/>
        <source>Nothing was lost: the changes not yet sent are kept for the next sync.</source>
        <translation>数据没有丢失：尚未上传的改动保留到下次同步。</translation>
    </message>
</context>
<context>
    <name>SyncTab</name>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="22"/>
        <source>Given by the bureau&apos;s administrator with the address</source>
        <translation>由局系统管理员随地址一并告知</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="25"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="26"/>
        <source>Off</source>
        <translation>不自动同步</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="28"/>
        <source>&amp;Test and save the connection</source>
        <translation>测试并保存连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="29"/>
        <source>Save the &amp;interval</source>
        <translation>保存间隔(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="33"/>
        <source>The address is the one printed by “shared-db add-station” or “add-office”. The password is kept in the operating system&apos;s credential store (Windows Credential Manager), or, where there is none, in a file of your user folder that only your login can read; it is never written into the data file. A station PC receives only its station&apos;s cases; office PCs receive every station&apos;s.</source>
        <translation>地址为 shared-db add-station 或 add-office 给出的地址。密码保存在操作系统的凭据库（Windows 凭据管理器）中；没有凭据库时，保存在用户文件夹中只有当前登录用户可读的文件里，绝不写入数据文件。供电所的电脑只收到本所的工单，科室的电脑收到全部供电所的工单。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="39"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="40"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="42"/>
        <source>Sync automatically every</source>
        <translation>自动同步间隔</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="55"/>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="76"/>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="78"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="55"/>
        <source>Enter the address and the password.</source>
        <translation>请填写地址和密码。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="58"/>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="65"/>
        <source>Connected as %1 (%2). The password is kept in: %3</source>
        <translation>已连接：账户 %1（%2）。密码保存在：%3</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/sync_tab.py" line="78"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../yekuo_desk/views/workers.py" line="65"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="17"/>
        <location filename="../../yekuo_desk/views/users_tab.py" line="39"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="17"/>
        <location filename="../../yekuo_desk/views/users_tab.py" line="39"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="17"/>
        <location filename="../../yekuo_desk/views/users_tab.py" line="40"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="17"/>
        <location filename="../../yekuo_desk/views/users_tab.py" line="40"/>
        <source>Station or department</source>
        <translation>所属供电所或部门</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="18"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="34"/>
        <source>Disabled (cannot log in)</source>
        <translation>停用（不能登录）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="35"/>
        <source>Add user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="36"/>
        <source>Save role and station</source>
        <translation>保存角色和所属单位</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="37"/>
        <source>Set the password (and unlock)</source>
        <translation>重设密码（并解除锁定）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="41"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="41"/>
        <source>Password again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="54"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="54"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="20"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="66"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="87"/>
        <source>Change a user</source>
        <translation>修改用户</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="87"/>
        <source>Change the role or station of “%1”?</source>
        <translation>修改“%1”的角色或所属单位？</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/users_tab.py" line="98"/>
        <source>The password of %1 was set.</source>
        <translation>已重设 %1 的密码。</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="276"/>
        <source>Building the demo bureau…</source>
        <translation>正在生成演示供电局…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="298"/>
        <source>Connecting to the shared database…</source>
        <translation>正在连接共享数据库…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="302"/>
        <source>The shared database</source>
        <translation>共享数据库</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="304"/>
        <source>Not connected: %1
The register works without it; 设置 → 同步 connects later.</source>
        <translation>未能连接：%1
不连接也可正常使用台账；以后可在 设置 → 同步 中连接。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="308"/>
        <source>Connected as %1 (%2). The first sync brings the bureau&apos;s data.</source>
        <translation>已连接共享数据库：账户 %1（%2）。第一次同步时下载全局数据。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/first_run.py" line="342"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/app.py" line="92"/>
        <source>Data file upgraded</source>
        <translation>数据文件已升级</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/app.py" line="151"/>
        <source>Restore the latest good backup (%1)?</source>
        <translation>是否从最近的完好备份（%1）恢复？</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/app.py" line="168"/>
        <source>Restored %1. The file as it was is kept as %2.</source>
        <translation>已从 %1 恢复。原文件另存为 %2。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="13"/>
        <source>The database is busy in another program: the list was not read again. Press F5 to retry.</source>
        <translation>数据库正被其他程序占用，列表未能重新读取。请按 F5 重试。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="15"/>
        <source>The list could not be read again (press F5 to retry): %1</source>
        <translation>列表未能重新读取（请按 F5 重试）：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="29"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘空间已满，未能保存。请清理磁盘后重试。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="31"/>
        <source>The database file is read-only: nothing was saved.</source>
        <translation>数据库文件为只读，未能保存。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="33"/>
        <source>The database is busy in another program: nothing was saved. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，未能保存。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="35"/>
        <source>The database refused the change, nothing was saved: %1</source>
        <translation>数据库拒绝了本次修改，未保存任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="37"/>
        <source>The file could not be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="38"/>
        <source>Unexpected error: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
</context>
<context>
    <name>login</name>
    <message>
        <location filename="../../yekuo_desk/views/login_dialog.py" line="71"/>
        <source>Demo users: %1; password %2</source>
        <translation>演示用户：%1；密码均为 %2</translation>
    </message>
</context>
<context>
    <name>print_preview</name>
    <message>
        <location filename="../../yekuo_desk/views/print_preview.py" line="70"/>
        <source>The printer could not be started.</source>
        <translation>打印机无法启动，请检查打印机是否连接并已开机。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_preview.py" line="149"/>
        <location filename="../../yekuo_desk/views/print_preview.py" line="222"/>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_preview.py" line="203"/>
        <source>Printing %1…</source>
        <translation>正在打印 %1…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_preview.py" line="216"/>
        <source>%1 has %2 pages, too many to preview. Print it now, or save it as a PDF?</source>
        <translation>%1 共 %2 页，页数太多无法预览。现在直接打印，还是另存为 PDF？</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_preview.py" line="220"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/print_preview.py" line="256"/>
        <source>Preparing %1…</source>
        <translation>正在生成 %1…</translation>
    </message>
</context>
</TS>

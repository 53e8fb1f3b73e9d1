<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="122"/>
        <source>Confirmed (the State Council&apos;s schedule is entered)</source>
        <translation>已确认（已录入国务院办公厅放假安排）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="124"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="124"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="124"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="126"/>
        <source>Add day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="127"/>
        <source>Remove day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="128"/>
        <source>Save this year</source>
        <translation>保存本年</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="130"/>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="141"/>
        <source>List the weekdays that are holidays and the Saturdays or Sundays that are worked (make-up days). A year that is not confirmed is counted on weekends only, and its due dates are shown as provisional.</source>
        <translation>逐日列出放假的工作日和调休上班的周六、周日。未确认的年份仅按周末计算，其到期日显示为“暂定”。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="195"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="198"/>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="111"/>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="112"/>
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="123"/>
        <source>Case %1</source>
        <translation>工单 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="144"/>
        <source>Time limits: %1</source>
        <translation>时限规则：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="204"/>
        <source>Change acceptance date</source>
        <translation>修改受理日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="205"/>
        <source>The acceptance date is on record. Why does it change?</source>
        <translation>受理日期已有记录。修改原因：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="229"/>
        <source>Recorded as %1. A change needs a reason and is kept in the history.</source>
        <translation>已记录为 %1。修改须填写原因，并记入修改记录。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="232"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="241"/>
        <source>%1: completed</source>
        <translation>%1：完成</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="241"/>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="251"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="260"/>
        <source>%1: pause the clock</source>
        <translation>%1：暂停计时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="260"/>
        <source>Paused from</source>
        <translation>暂停日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="261"/>
        <source>Customer cause</source>
        <translation>客户原因</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="262"/>
        <source>The clock stops for a wait caused by the customer; the paused working days move the due date.</source>
        <translation>因客户原因等待时暂停计时；暂停的工作日顺延到期日。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="272"/>
        <source>%1: resume the clock</source>
        <translation>%1：恢复计时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="272"/>
        <source>Resumed on</source>
        <translation>恢复日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="279"/>
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
        <source>Small business</source>
        <translation>小微企业</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="137"/>
        <source>Important or special load</source>
        <translation>重要/特殊负荷</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="138"/>
        <source>Has grid works</source>
        <translation>有配套电网工程</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="147"/>
        <source>Stages</source>
        <translation>业务环节</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="159"/>
        <source>Record &amp;completion…</source>
        <translation>记录完成(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="160"/>
        <source>Customer &amp;event…</source>
        <translation>客户事件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="161"/>
        <source>&amp;Pause clock…</source>
        <translation>暂停计时(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="162"/>
        <source>&amp;Resume clock…</source>
        <translation>恢复计时(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../forms/case_dialog.ui" line="178"/>
        <source>Change history</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>DateReasonDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/date_reason_dialog.py" line="32"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/date_reason_dialog.py" line="40"/>
        <location filename="../../yekuo_desk/views/date_reason_dialog.py" line="47"/>
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
        <location filename="../../yekuo_desk/views/due_panel.py" line="46"/>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
</context>
<context>
    <name>DuePanel</name>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="82"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="83"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/due_panel.py" line="85"/>
        <source>&amp;Judge as of:</source>
        <translation>判定日期(&amp;J)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="29"/>
        <source>Yekuo Desk — supervision of new connections</source>
        <translation>业扩服务监督台</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="38"/>
        <source>Due and overdue</source>
        <translation>到期提醒</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="39"/>
        <source>Case register</source>
        <translation>工单台账</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="68"/>
        <source>&amp;New case…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="69"/>
        <source>Register a new application</source>
        <translation>登记新的用电申请</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="70"/>
        <source>&amp;Open case</source>
        <translation>打开工单(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="71"/>
        <source>&amp;Find in register</source>
        <translation>查找工单(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="72"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="73"/>
        <source>&amp;Import cases from Excel…</source>
        <translation>从 Excel 导入工单(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="74"/>
        <source>Save the import &amp;template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="75"/>
        <source>&amp;Export the due list…</source>
        <translation>导出到期清单(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="76"/>
        <source>Time limits, &amp;calendar and stations…</source>
        <translation>时限规则、节假日与供电所(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="78"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="79"/>
        <source>&amp;Due and overdue</source>
        <translation>到期提醒(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="80"/>
        <source>Case &amp;register</source>
        <translation>工单台账(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="81"/>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="84"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="87"/>
        <source>&amp;Cases</source>
        <translation>工单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="90"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="93"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="94"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="96"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="112"/>
        <source>Refreshed</source>
        <translation>已刷新</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="119"/>
        <source>The holiday calendar of %1 is not confirmed: due dates in that year count weekends only and are marked provisional. Enter the year&apos;s holidays under Settings → Holiday calendar.</source>
        <translation>%1 年的节假日安排尚未确认：该年的到期日仅按周末计算，并标为“暂定”。请在“设置 → 节假日日历”中录入该年的放假安排。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="138"/>
        <source>New case</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="139"/>
        <source>Add a supply station first (Settings → Stations).</source>
        <translation>请先添加供电所（设置 → 供电所）。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="156"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="175"/>
        <source>Import cases</source>
        <translation>导入工单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="156"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="187"/>
        <location filename="../../yekuo_desk/views/main_window.py" line="199"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="164"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="169"/>
        <source>Imported: %1. Already in the register, skipped: %2. Rows refused: %3.</source>
        <translation>已导入 %1 件；已存在跳过 %2 件；拒绝 %3 行。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="173"/>
        <source>New stations: %1</source>
        <translation>新建供电所：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="186"/>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="198"/>
        <source>Export the due list</source>
        <translation>导出到期清单</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="209"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="225"/>
        <source>Recomputing the due dates of open cases…</source>
        <translation>正在重新计算在办工单的到期日…</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="227"/>
        <source>Due dates recomputed: %1 cases</source>
        <translation>已重新计算 %1 件工单的到期日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="231"/>
        <source>About Yekuo Desk</source>
        <translation>关于业扩服务监督台</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/main_window.py" line="232"/>
        <source>Yekuo Desk %1
Supervision of new-connection applications for county power-supply bureaus.</source>
        <translation>业扩服务监督台 %1
县级供电局业扩报装服务监督。</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="36"/>
        <source>Case number</source>
        <translation>申请编号</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="36"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="36"/>
        <source>Customer</source>
        <translation>户名</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="36"/>
        <source>Category</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="37"/>
        <source>Current stage</source>
        <translation>当前环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="37"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="37"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="37"/>
        <source>Accepted</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="117"/>
        <source>Due date of: %1</source>
        <translation>到期环节：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="119"/>
        <source>Provisional: the holiday calendar of that year is not confirmed</source>
        <translation>暂定：该年节假日安排尚未确认</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="129"/>
        <source>(all done)</source>
        <translation>（已全部完成）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_model.py" line="131"/>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
</context>
<context>
    <name>RegisterWidget</name>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="30"/>
        <source>Case number, customer, pinyin initials (zs) or phone</source>
        <translation>申请编号、户名、拼音首字母（如 zs）或电话</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="31"/>
        <source>Three or more characters are found anywhere in the case number, customer name or phone; one or two match the beginning.</source>
        <translation>输入三个字符以上时，在申请编号、户名、电话中任意位置查找；一到两个字符时按开头匹配。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="38"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="41"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="43"/>
        <source>In progress</source>
        <translation>在办</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="44"/>
        <source>All ledgers</source>
        <translation>全部台账</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="45"/>
        <source>Any of the three ledgers</source>
        <translation>三类台账（任一）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/register_view.py" line="52"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../yekuo_desk/views/register_view.py" line="106"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="35"/>
        <source>Active (used for every due date)</source>
        <translation>启用（所有到期日按此计算）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="42"/>
        <source>applies</source>
        <translation>适用</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="42"/>
        <source>working days</source>
        <translation>工作日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="45"/>
        <source>Save time limits</source>
        <translation>保存时限规则</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="47"/>
        <source>Rule set:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="53"/>
        <source>An empty limit means the stage is tracked without a time limit.</source>
        <translation>时限留空表示该环节只跟踪、不限时。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="77"/>
        <source>Source: %1 (revision %2)</source>
        <translation>依据：%1（第 %2 版）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="108"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="111"/>
        <source>Time limits</source>
        <translation>时限规则</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="246"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="253"/>
        <source>Time limits</source>
        <translation>时限规则</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="254"/>
        <source>Holiday calendar</source>
        <translation>节假日日历</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="255"/>
        <source>Stations</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="268"/>
        <source>Saved. The due dates of open cases are recomputed when you close this dialog.</source>
        <translation>已保存。关闭本窗口后将重新计算在办工单的到期日。</translation>
    </message>
</context>
<context>
    <name>StagesModel</name>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="31"/>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="31"/>
        <source>Customer event</source>
        <translation>客户事件</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="31"/>
        <source>Clock started</source>
        <translation>开始计时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="32"/>
        <source>Limit (working days)</source>
        <translation>时限（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="32"/>
        <source>Paused (working days)</source>
        <translation>暂停（工作日）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="32"/>
        <source>Due</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="33"/>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="33"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="48"/>
        <source>no limit</source>
        <translation>不限时</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="52"/>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/case_dialog.py" line="58"/>
        <source> %1 working days</source>
        <translation> %1 个工作日</translation>
    </message>
</context>
<context>
    <name>StationCombo</name>
    <message>
        <location filename="../../yekuo_desk/views/station_combo.py" line="19"/>
        <source>All stations</source>
        <translation>全部供电所</translation>
    </message>
</context>
<context>
    <name>StationsTab</name>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="208"/>
        <source>Station</source>
        <translation>供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="208"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="208"/>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="217"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="212"/>
        <source>2–6 capital letters, e.g. CG</source>
        <translation>2–6 个大写字母，如 CG</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="213"/>
        <source>Add station</source>
        <translation>添加供电所</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="215"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="216"/>
        <source>Code (in case numbers)</source>
        <translation>代码（用于申请编号）</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/settings_dialog.py" line="236"/>
        <source>Stations</source>
        <translation>供电所</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../yekuo_desk/views/workers.py" line="55"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../yekuo_desk/app.py" line="63"/>
        <source>Welcome to Yekuo Desk</source>
        <translation>欢迎使用业扩服务监督台</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/app.py" line="64"/>
        <source>This is a new database. Load a demo bureau (12 stations, 5,000 cases) to look around?

Choose No to start with an empty register.</source>
        <translation>这是一个新数据库。是否载入演示供电局（12 个供电所、5000 件工单）以便熟悉功能？

选择“否”则从空白台账开始。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/app.py" line="74"/>
        <source>Building the demo bureau…</source>
        <translation>正在生成演示供电局…</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="16"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>磁盘空间已满，未能保存。请清理磁盘后重试。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="18"/>
        <source>The database file is read-only: nothing was saved.</source>
        <translation>数据库文件为只读，未能保存。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="20"/>
        <source>The database is busy in another program: nothing was saved. Try again in a moment.</source>
        <translation>数据库正被其他程序占用，未能保存。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="22"/>
        <source>The database refused the change, nothing was saved: %1</source>
        <translation>数据库拒绝了本次修改，未保存任何内容：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="24"/>
        <source>The file could not be written: %1</source>
        <translation>文件无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../yekuo_desk/views/errors.py" line="25"/>
        <source>Unexpected error: %1</source>
        <translation>发生意外错误：%1</translation>
    </message>
</context>
</TS>

#!/usr/bin/env python3
"""Build ``blind41.jsonl``: the forty-first batch of blind test articles (session 17), held out.

12 invented digests, roundups and live blogs, each with 13-16 attributions, written and annotated
by a helper session that never read claimtrace's code, tests or data; see NOTES.md.
Held out: scored in aggregate only, never read for errors.

Usage: ``python data/gold/blind41/build_blind41.py [--check]`` (``--check``: exit 1 if
blind41.jsonl is stale).

The helper's own notes on the format follow.

Blind test set 41: invented 2016-style digests, roundups and live blogs with
hand-annotated attributions. Stdlib only. All offsets are computed here.

Annotation line format (one attribution per line, blank lines and # ignored):
    CUE || SOURCE || CONTENT || TYPE
- SOURCE may be the word null (no source in the text).
- CONTENT fragments of a split quote are separated by ' ## '.
- Any span may be written 'span @@ context': context must occur exactly once in
  the article and contain span exactly once; the span is then taken there.
- Without a context: CONTENT fragments must be unique in the article; the CUE is
  the occurrence nearest to the content (not inside it); the SOURCE is the
  occurrence nearest to the cue (not inside the content or the cue).
  Word-boundary matching is used for spans that begin/end with a word char.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = "/tmp/blind41/blind41.jsonl"
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}

ARTICLES = []


def art(doc_id, text, ann):
    ARTICLES.append((doc_id, text.strip("\n"), ann))


# ----------------------------------------------------------------------------
art("t01", """
Morning Briefing: Here's what you need to know for Tuesday

Good morning. Here's what you need to know to start your day, in seven items.

1. Clinton rolls out a new economic pitch

Hillary Clinton will unveil a plan to expand child care tax credits in a speech in Cleveland today, her campaign said Monday night. Aides said the speech would take direct aim at Donald Trump's tax proposals.

2. Trump keeps up his attacks on the Fed

Donald Trump on Monday accused the Federal Reserve of keeping interest rates low to help President Obama. "They're keeping them artificially low so Obama can leave office looking good," Trump told supporters at a rally in Virginia Beach. The Fed did not respond to a request for comment.

3. The Senate map

Democrats fear that their chances of winning back the Senate are slipping in Ohio and Florida. Sen. Rob Portman and Sen. Marco Rubio have opened leads in their races this month. A Monmouth University poll released Monday showed Portman ahead by 11 points over former Gov. Ted Strickland. "We have work to do," one Democratic strategist said.

4. A scoop on the Clinton Foundation

The New York Times reported Monday that the Clinton Foundation will stop accepting foreign donations if Clinton wins in November. A foundation spokesman, Craig Minassian, said the board had approved the change last week. Republicans said the move came too late to matter.

5. Spending deadline nears

House Speaker Paul Ryan told reporters that he expects a short-term spending bill to pass before the Sept. 30 deadline. "Nobody wants a shutdown, nobody," he said. According to two House Republican aides, leaders plan to bring the bill to the floor on Thursday, a day earlier than first planned.

6. Voters are in a sour mood

Most voters believe the country is on the wrong track, an NBC News/Wall Street Journal poll found. Sixty-one percent said they were dissatisfied with both major-party nominees, the highest share the poll has recorded in a presidential year. The survey of 1,000 adults was taken over the weekend.

7. Quote of the day

"I'm not going anywhere," Sen. Ted Cruz said when asked about a possible run in 2020.

That's it for today. We'll be back in your inbox tomorrow morning.
""", """
said || her campaign || Hillary Clinton will unveil a plan to expand child care tax credits in a speech in Cleveland today || named_org
said || Aides || the speech would take direct aim at Donald Trump's tax proposals || anonymous
accused || Donald Trump || the Federal Reserve of keeping interest rates low to help President Obama || named_person
told || Trump || "They're keeping them artificially low so Obama can leave office looking good," || named_person
fear || Democrats || their chances of winning back the Senate are slipping in Ohio and Florida || named_org
showed || A Monmouth University poll released Monday || Portman ahead by 11 points over former Gov. Ted Strickland || document
said || one Democratic strategist || "We have work to do," || anonymous
reported || The New York Times || the Clinton Foundation will stop accepting foreign donations if Clinton wins in November || media
said || A foundation spokesman, Craig Minassian || the board had approved the change last week || named_person
said || Republicans || the move came too late to matter || named_org
told || House Speaker Paul Ryan || he expects a short-term spending bill to pass before the Sept. 30 deadline || named_person
said || he || "Nobody wants a shutdown, nobody," || named_person
According to || two House Republican aides || leaders plan to bring the bill to the floor on Thursday, a day earlier than first planned || anonymous
found || an NBC News/Wall Street Journal poll || Most voters believe the country is on the wrong track || document
said || Sixty-one percent || they were dissatisfied with both major-party nominees, the highest share the poll has recorded in a presidential year || anonymous
said || Sen. Ted Cruz || "I'm not going anywhere," || named_person
""")

# ----------------------------------------------------------------------------
art("t02", """
The Latest: Trump, Clinton trade jabs over Iran cash payment

The Latest on the 2016 presidential campaign (all times EDT):

4:10 p.m.

Donald Trump says the $400 million payment to Iran was "a ransom, plain and simple."

The Republican nominee told a crowd in Daytona Beach that the Obama administration "should be ashamed." The White House has denied that the payment was connected to the release of four Americans in January.

3:25 p.m.

Hillary Clinton's campaign says Trump is "making things up again."

Spokesman Brian Fallon told reporters aboard the campaign plane that Trump's claim about a video of the cash delivery was "flat-out false." Trump later conceded on Twitter that the video he saw showed the hostages arriving in Geneva.

2:40 p.m.

The Wall Street Journal reported Wednesday that the cash was flown to Tehran on an unmarked cargo plane.

State Department spokesman John Kirby said at his daily briefing that the payment settled a decades-old dispute over a failed arms deal. "There was no ransom paid, period," Kirby said. "This was Iran's own money, returned under a settlement."

1:15 p.m.

House Speaker Paul Ryan says the administration owes Congress answers about the timing of the payment.

In a written statement, Ryan said it was "deeply troubling" that the cash was delivered on the same day the Americans were released. Some Republicans believe the payment violated U.S. sanctions law, according to a senior GOP aide.

12:05 p.m.

Trump running mate Mike Pence says he has not seen any video of the cash.

Pence told WKRC-TV in Cincinnati that he would "leave it to Donald to explain." He spent the morning campaigning in Ohio, a state neither ticket can afford to lose.

11:30 a.m.

A new CNN/ORC poll shows Clinton leading Trump by 9 points nationally among registered voters.

The survey was taken before the latest dispute over the Iran payment began dominating cable news coverage. Clinton has held a lead in most national surveys since the Democratic convention in Philadelphia last month.
""", """
says || Donald Trump || the $400 million payment to Iran was "a ransom, plain and simple." || named_person
told || The Republican nominee || the Obama administration "should be ashamed." || named_person
has denied || The White House || the payment was connected to the release of four Americans in January || named_org
says || Hillary Clinton's campaign || Trump is "making things up again." || named_org
told || Spokesman Brian Fallon || Trump's claim about a video of the cash delivery was "flat-out false." || named_person
conceded || Trump @@ Trump later conceded || the video he saw showed the hostages arriving in Geneva || named_person
reported || The Wall Street Journal || the cash was flown to Tehran on an unmarked cargo plane || media
said || State Department spokesman John Kirby || the payment settled a decades-old dispute over a failed arms deal || named_person
said || Kirby @@ paid, period," Kirby said || "There was no ransom paid, period," ## "This was Iran's own money, returned under a settlement." || named_person
says || House Speaker Paul Ryan || the administration owes Congress answers about the timing of the payment || named_person
said || Ryan || it was "deeply troubling" that the cash was delivered on the same day the Americans were released || named_person
according to || a senior GOP aide || Some Republicans believe the payment violated U.S. sanctions law || anonymous
says || Trump running mate Mike Pence || he has not seen any video of the cash || named_person
told || Pence @@ Pence told WKRC || he would "leave it to Donald to explain." || named_person
shows || A new CNN/ORC poll || Clinton leading Trump by 9 points nationally among registered voters || document
""")

# ----------------------------------------------------------------------------
art("t03", """
Five things to watch in tonight's Democratic debate in Flint

Hillary Clinton and Bernie Sanders meet tonight in Flint, Mich., two days before the state's primary. Here are five things to watch.

1. Water, water, water

Both candidates have visited Flint in recent weeks, and both have said the state's response to the lead crisis was a disgrace. Sanders has called for Gov. Rick Snyder to resign; Clinton has not gone that far.

Local activists say they want to hear specifics, not sympathy. "We've had enough speeches. We need pipes," said Tonya Reese, a Flint mother of three.

2. Trade

Sanders will again argue that Clinton's past support for trade deals cost Michigan jobs, his aides said. The Clinton campaign believes the issue has lost some of its force since the 2008 primaries, when she ran as a skeptic of NAFTA.

3. The delegate math

Clinton leads by more than 200 pledged delegates, according to the Associated Press. Sanders' campaign manager, Jeff Weaver, insists the race is far from over. "We're going all the way to the convention in Philadelphia," Weaver told MSNBC on Sunday.

4. Tone

After a testy exchange in New Hampshire last month, some Democrats worry that the sniping could hurt the eventual nominee in the fall. Party chairwoman Debbie Wasserman Schultz said Monday she expects "a spirited but respectful debate."

5. The Trump factor

Both candidates are likely to turn their fire on Donald Trump, who leads the Republican field in most Michigan polls. A Detroit Free Press poll released last week found that voters in the state see Trump as the Republican most likely to win in November.

Trump tweeted Sunday that both Democrats are "weak on trade and weak on jobs." The Clinton campaign did not respond to the tweet. "He's the best thing that ever happened to our turnout," a Sanders adviser said.

The debate, hosted by CNN, begins at 8 p.m. Eastern time and is scheduled to run two hours.
""", """
have said || both @@ and both have said || the state's response to the lead crisis was a disgrace || named_person
has called for || Sanders @@ Sanders has called || Gov. Rick Snyder to resign || named_person
say || Local activists || they want to hear specifics, not sympathy || anonymous
said || Tonya Reese, a Flint mother of three || "We've had enough speeches. We need pipes," || named_person
said || his aides || Sanders will again argue that Clinton's past support for trade deals cost Michigan jobs || anonymous
believes || The Clinton campaign @@ The Clinton campaign believes || the issue has lost some of its force since the 2008 primaries, when she ran as a skeptic of NAFTA || named_org
according to || the Associated Press || Clinton leads by more than 200 pledged delegates || media
insists || Sanders' campaign manager, Jeff Weaver || the race is far from over || named_person
told || Weaver @@ Weaver told || "We're going all the way to the convention in Philadelphia," || named_person
worry || some Democrats || the sniping could hurt the eventual nominee in the fall || anonymous
said || Party chairwoman Debbie Wasserman Schultz || she expects "a spirited but respectful debate." || named_person
found || A Detroit Free Press poll released last week || voters in the state see Trump as the Republican most likely to win in November || document
tweeted || Trump @@ Trump tweeted || both Democrats are "weak on trade and weak on jobs." || named_person
said || a Sanders adviser || "He's the best thing that ever happened to our turnout," || anonymous
""")

# ----------------------------------------------------------------------------
art("t04", """
FACT CHECK: Claims from the first presidential debate

HEMPSTEAD, N.Y. (AP) - Donald Trump and Hillary Clinton made several claims in Monday night's debate that do not hold up. A look at some of them:

TRUMP: "Our jobs are fleeing the country. They're going to Mexico."

THE FACTS: Manufacturing jobs have declined, but the Bureau of Labor Statistics says total employment has grown for 72 straight months. Economists say automation, not trade, explains most of the drop in factory jobs since 2000.

CLINTON: "Donald thinks that climate change is a hoax perpetrated by the Chinese."

THE FACTS: She is close to the mark. He tweeted in 2012 that "the concept of global warming was created by and for the Chinese." During the debate, Trump said, "I did not. I did not say that." The tweet is still on his account.

TRUMP: "I was against the war in Iraq."

THE FACTS: There is no public record of his opposition before the invasion. In a 2002 radio interview with Howard Stern, Trump said "Yeah, I guess so" when asked whether he supported going in. Trump's campaign argues that his later criticism of the war, in a 2004 Esquire interview, proves his point.

CLINTON: "I have a plan to defeat ISIS."

THE FACTS: Her plan largely tracks the Obama administration's current strategy, according to foreign policy analysts at the Brookings Institution. Both rely on airstrikes and on support for local forces rather than on a large deployment of American ground troops.

TRUMP: "Stop and frisk worked very well in New York."

THE FACTS: A federal judge ruled in 2013 that the city's use of the tactic was unconstitutional. Crime continued to fall after the program was scaled back, city data show.

Both campaigns spent Tuesday morning defending their candidates' performances on cable television and in emails to supporters. The next debate, a town hall, is scheduled for Oct. 9 in St. Louis.
""", """
: @@ TRUMP: "Our jobs || TRUMP @@ TRUMP: "Our jobs || "Our jobs are fleeing the country. They're going to Mexico." || named_person
says || the Bureau of Labor Statistics || total employment has grown for 72 straight months || named_org
say || Economists || automation, not trade, explains most of the drop in factory jobs since 2000 || anonymous
: @@ CLINTON: "Donald || CLINTON @@ CLINTON: "Donald || "Donald thinks that climate change is a hoax perpetrated by the Chinese." || named_person
tweeted || He @@ He tweeted || "the concept of global warming was created by and for the Chinese." || named_person
said || Trump @@ Trump said, "I did || "I did not. I did not say that." || named_person
: @@ TRUMP: "I was || TRUMP @@ TRUMP: "I was || "I was against the war in Iraq." || named_person
said || Trump @@ Trump said "Yeah || "Yeah, I guess so" || named_person
argues || Trump's campaign || his later criticism of the war, in a 2004 Esquire interview, proves his point || named_org
: @@ CLINTON: "I have || CLINTON @@ CLINTON: "I have || "I have a plan to defeat ISIS." || named_person
according to || foreign policy analysts at the Brookings Institution || Her plan largely tracks the Obama administration's current strategy || anonymous
: @@ TRUMP: "Stop || TRUMP @@ TRUMP: "Stop || "Stop and frisk worked very well in New York." || named_person
ruled || A federal judge || the city's use of the tactic was unconstitutional || anonymous
show || city data || Crime continued to fall after the program was scaled back || document
""")

# ----------------------------------------------------------------------------
art("t05", """
Capitol Hill Digest: Zika deal stalls, Senate eyes a stopgap

Welcome to the week's Capitol Hill digest, a roundup of what happened in Congress and what comes next.

ZIKA FUNDING STALLS AGAIN

Senate Democrats on Tuesday blocked a $1.1 billion Zika bill for the third time, saying it included a provision that would cut money for Planned Parenthood. Majority Leader Mitch McConnell said the vote was "a disgrace."

"Democrats are playing politics with a public health emergency," McConnell said on the Senate floor. Minority Leader Harry Reid countered that Republicans had loaded the bill with "poison pills."

STOPGAP IN THE WORKS

Senate leaders hope to pass a stopgap spending bill by the end of next week, according to a senior Republican aide. The aide said the measure would run through Dec. 9 and would include the Zika money without the Planned Parenthood language.

House conservatives worry that a short extension sets up a lame-duck spending spree. Rep. Mark Meadows, chairman of the House Freedom Caucus, told Politico that his members want a bill that runs into next year.

GUN VOTE FALLOUT

A month after their sit-in on the House floor, Democrats say they will keep pressing for a vote on barring gun sales to people on terror watch lists. "We're not going away," Rep. John Lewis of Georgia said. "Not this time, not on this issue." Speaker Paul Ryan has said he will not allow a vote on the Democratic proposal.

ON THE RECORD

Roll Call reported that the House Ethics Committee opened an inquiry into the travel expenses of a Florida congressman. The committee said in a statement that opening an inquiry "does not itself indicate that any violation has occurred."

WHAT VOTERS THINK

Seventy-three percent of Americans disapprove of the job Congress is doing, a Gallup survey found this month. That is an improvement from last fall, but not by much.

COMING UP

The House returns Monday. The Senate is scheduled to vote Wednesday on a defense spending bill that has already failed twice this year.
""", """
saying || Senate Democrats || it included a provision that would cut money for Planned Parenthood || named_org
said || Majority Leader Mitch McConnell || the vote was "a disgrace." || named_person
said || McConnell @@ emergency," McConnell said || "Democrats are playing politics with a public health emergency," || named_person
countered || Minority Leader Harry Reid || Republicans had loaded the bill with "poison pills." || named_person
according to || a senior Republican aide || Senate leaders hope to pass a stopgap spending bill by the end of next week || anonymous
said || The aide || the measure would run through Dec. 9 and would include the Zika money without the Planned Parenthood language || anonymous
worry || House conservatives || a short extension sets up a lame-duck spending spree || anonymous
told || Rep. Mark Meadows, chairman of the House Freedom Caucus || his members want a bill that runs into next year || named_person
say || Democrats @@ Democrats say || they will keep pressing for a vote on barring gun sales to people on terror watch lists || named_org
said || Rep. John Lewis of Georgia || "We're not going away," ## "Not this time, not on this issue." || named_person
has said || Speaker Paul Ryan || he will not allow a vote on the Democratic proposal || named_person
reported || Roll Call || the House Ethics Committee opened an inquiry into the travel expenses of a Florida congressman || media
said || The committee || opening an inquiry "does not itself indicate that any violation has occurred." || named_org
found || a Gallup survey || Seventy-three percent of Americans disapprove of the job Congress is doing || document
""")

# ----------------------------------------------------------------------------
art("t06", """
The Latest: Appeals court strikes down North Carolina voter ID law

The Latest on court rulings on state voting laws (all times local):

5:30 p.m.

North Carolina Gov. Pat McCrory says the state will appeal a ruling that struck down its voter ID law to the U.S. Supreme Court.

In a statement, the Republican governor said the court had "undermined the integrity of our elections." State House Speaker Tim Moore said lawmakers were studying the ruling and would decide next week whether to call a special session.

4:15 p.m.

Civil rights groups held a rally outside the courthouse in Richmond. The Rev. William Barber, president of the state NAACP, said the ruling was "a victory for democracy and a rebuke to voter suppression."

3:00 p.m.

A three-judge panel of the 4th U.S. Circuit Court of Appeals ruled that lawmakers targeted black voters "with unmistakable intent." The opinion said the legislature had acted "with full knowledge of who would be affected."

The 2013 law required photo identification at the polls and cut a week of early voting.

1:45 p.m.

In Wisconsin, a federal judge in Milwaukee ruled Friday that parts of the state's voter ID law must be loosened before November.

Wisconsin Attorney General Brad Schimel says his office is reviewing the decision. Democrats in the state believe the ruling could boost turnout in Milwaukee, according to the Milwaukee Journal Sentinel.

12:20 p.m.

The Justice Department says it is pleased with the North Carolina ruling.

Attorney General Loretta Lynch told reporters in Washington that the right to vote "is the foundation of everything else we do."

Texas officials have argued in a separate case that their law is needed to prevent fraud. Voting rights advocates say there is almost no evidence of in-person voter fraud anywhere in the country. A study by a law professor found only a few dozen credible cases among more than a billion ballots.

Similar cases are pending in Ohio, Kansas and Virginia, and more rulings are expected before the November election.
""", """
says || North Carolina Gov. Pat McCrory || the state will appeal a ruling that struck down its voter ID law to the U.S. Supreme Court || named_person
said || the Republican governor || the court had "undermined the integrity of our elections." || named_person
said || State House Speaker Tim Moore || lawmakers were studying the ruling and would decide next week whether to call a special session || named_person
said || The Rev. William Barber, president of the state NAACP || the ruling was "a victory for democracy and a rebuke to voter suppression." || named_person
ruled || A three-judge panel of the 4th U.S. Circuit Court of Appeals || lawmakers targeted black voters "with unmistakable intent." || named_org
said || The opinion || the legislature had acted "with full knowledge of who would be affected." || document
ruled || a federal judge in Milwaukee || parts of the state's voter ID law must be loosened before November || anonymous
says || Wisconsin Attorney General Brad Schimel || his office is reviewing the decision || named_person
according to || the Milwaukee Journal Sentinel || Democrats in the state believe the ruling could boost turnout in Milwaukee || media
says || The Justice Department || it is pleased with the North Carolina ruling || named_org
told || Attorney General Loretta Lynch || the right to vote "is the foundation of everything else we do." || named_person
have argued || Texas officials || their law is needed to prevent fraud || anonymous
say || Voting rights advocates || there is almost no evidence of in-person voter fraud anywhere in the country || anonymous
found || A study by a law professor || only a few dozen credible cases among more than a billion ballots || document
""")

# ----------------------------------------------------------------------------
art("t07", """
White House Memo: What you missed at Tuesday’s briefing

Press secretary Josh Earnest spent nearly an hour at the podium on Tuesday. Here are the highlights, in brief.

ON TRUMP’S INTELLIGENCE BRIEFINGS

Earnest said the president has “full confidence” that the intelligence community will handle classified briefings for Donald Trump professionally. Trump told Fox News last week that he would bring “people I trust” to the sessions.

ON THE ECONOMY

New Commerce Department data released Tuesday showed consumer spending rose in July for the fourth month in a row. “The American economy is the envy of the world right now,” Earnest said.

ON SYRIA

Secretary of State John Kerry is expected to meet his Russian counterpart in Geneva this week, according to a State Department official. Earnest declined to say whether a cease-fire deal was close. Administration officials privately doubt that Moscow will keep its commitments, The Washington Post reported Monday.

ON THE EMAILS

Asked about the FBI’s release of notes from its interview with Hillary Clinton, Earnest said the White House would “let the documents speak for themselves.” Republicans say the notes show Clinton misled the public about her private server. The Clinton campaign said in a statement that it was “glad the public can now see” the material.

THE MOOD INSIDE

Obama aides believe the president’s approval rating, above 50 percent in several polls, will help Clinton in the fall. A Gallup tracking poll released Monday showed his approval at 52 percent, near the high point of his second term.

“I’m not on the ballot, but everything we’ve done is,” Obama told donors in Chicago last week.

TWEET OF THE DAY

“Longest briefing of the month. Pack a lunch,” one White House correspondent tweeted as the session stretched past the hour mark.

The next briefing is scheduled for Wednesday at 12:30 p.m., when Earnest will be joined by the president’s homeland security adviser, Lisa Monaco.
""", """
said || Earnest @@ Earnest said the president || the president has “full confidence” that the intelligence community will handle classified briefings for Donald Trump professionally || named_person
told || Trump @@ Trump told Fox || he would bring “people I trust” to the sessions || named_person
showed || New Commerce Department data released Tuesday || consumer spending rose in July for the fourth month in a row || document
said || Earnest @@ right now,” Earnest said || “The American economy is the envy of the world right now,” || named_person
according to || a State Department official || Secretary of State John Kerry is expected to meet his Russian counterpart in Geneva this week || anonymous
reported || The Washington Post || Administration officials privately doubt that Moscow will keep its commitments || media
said || Earnest @@ Earnest said the White House || the White House would “let the documents speak for themselves.” || named_person
say || Republicans || the notes show Clinton misled the public about her private server || named_org
said || The Clinton campaign || it was “glad the public can now see” the material || named_org
believe || Obama aides || the president’s approval rating, above 50 percent in several polls, will help Clinton in the fall || anonymous
showed || A Gallup tracking poll released Monday || his approval at 52 percent, near the high point of his second term || document
told || Obama @@ is,” Obama told || “I’m not on the ballot, but everything we’ve done is,” || named_person
tweeted || one White House correspondent || “Longest briefing of the month. Pack a lunch,” || anonymous
""")

# ----------------------------------------------------------------------------
art("t08", """
Poll Watch: Clinton holds edge in a volatile race

Our weekly roundup of the latest national and state surveys, and what they mean for November.

THE NATIONAL PICTURE

A Fox News poll released Wednesday found Clinton ahead of Trump 48 percent to 42 percent among likely voters. Most voters say neither candidate is honest and trustworthy, the survey showed.

The Reuters/Ipsos tracking poll shows a tighter race, with Clinton up 3 points.

BATTLEGROUNDS

In Pennsylvania, Clinton leads by 8 points, according to a Franklin & Marshall College poll. Trump’s campaign insists the state is still in play. “Pennsylvania is going to surprise a lot of people,” campaign manager Kellyanne Conway told reporters Tuesday.

Ohio looks closer. A Quinnipiac University survey of likely voters there showed the race tied at 44 percent.

WHAT THE FORECASTERS SAY

Nate Silver’s FiveThirtyEight forecast estimates that Clinton has a 75 percent chance of winning the election. Some Republican strategists fear that Trump’s weakness among college-educated women could cost the party its Senate majority. “He is losing suburbs that Republicans have carried for 30 years,” said Dana Hollis, a Republican pollster in Virginia.

THE ENTHUSIASM GAP

Democrats worry that young voters are not excited about Clinton. A Harvard Institute of Politics poll found only 31 percent of voters under 30 were enthusiastic about her candidacy. Sen. Bernie Sanders said Sunday that young people “have too much at stake to sit this one out.”

THE BOTTOM LINE

Pollsters caution that national surveys can miss late shifts in small but decisive states. With three debates still to come, a great deal can change.

Next week: a closer look at the Senate races in New Hampshire, Nevada and North Carolina, where control of the chamber could be decided. As always, we include only surveys that publish their methods and sample sizes, and we treat online opt-in panels with extra caution.
""", """
found || A Fox News poll released Wednesday || Clinton ahead of Trump 48 percent to 42 percent among likely voters || document
showed || the survey || Most voters say neither candidate is honest and trustworthy || document
shows || The Reuters/Ipsos tracking poll || a tighter race, with Clinton up 3 points || document
according to || a Franklin & Marshall College poll || In Pennsylvania, Clinton leads by 8 points || document
insists || Trump’s campaign || the state is still in play || named_org
told || campaign manager Kellyanne Conway || “Pennsylvania is going to surprise a lot of people,” || named_person
showed || A Quinnipiac University survey of likely voters there || the race tied at 44 percent || document
estimates || Nate Silver’s FiveThirtyEight forecast || Clinton has a 75 percent chance of winning the election || document
fear || Some Republican strategists || Trump’s weakness among college-educated women could cost the party its Senate majority || anonymous
said || Dana Hollis, a Republican pollster in Virginia || “He is losing suburbs that Republicans have carried for 30 years,” || named_person
worry || Democrats @@ Democrats worry || young voters are not excited about Clinton || named_org
found || A Harvard Institute of Politics poll || only 31 percent of voters under 30 were enthusiastic about her candidacy || document
said || Sen. Bernie Sanders || young people “have too much at stake to sit this one out.” || named_person
caution || Pollsters || national surveys can miss late shifts in small but decisive states || anonymous
""")

# ----------------------------------------------------------------------------
art("t09", """
The Latest: Trump, Clinton win big in New York primary

The Latest on the New York primary (all times EDT):

10:40 p.m.

Donald Trump says the Republican race is “pretty much over.”

Speaking at Trump Tower, the billionaire told supporters that Ted Cruz is “mathematically eliminated.” Cruz’s campaign says the contest will go to a contested convention in Cleveland.

10:05 p.m.

Hillary Clinton says the Democratic nomination is “in sight.”

“There’s no place like home,” Clinton told a cheering crowd at a Manhattan hotel.

9:30 p.m.

Bernie Sanders tells reporters in Pennsylvania that he is staying in the race until the last vote is cast.

His campaign manager, Jeff Weaver, said earlier Tuesday that the campaign had “serious concerns” about voters purged from the rolls in Brooklyn.

9:00 p.m.

The Associated Press has projected that Trump will win the Republican primary.

Exit polls show nearly two-thirds of Republican voters believe the party’s nominating system is rigged.

8:20 p.m.

Some Sanders supporters in Brooklyn say they were turned away from their polling places.

“I’ve voted here for 20 years and my name wasn’t on the list,” said Maria Delgado, 58, a retired teacher.

City Comptroller Scott Stringer says he will audit the Board of Elections.

7:45 p.m.

Republicans in Washington are watching John Kasich’s numbers closely.

Several GOP senators believe Kasich is the party’s strongest general election candidate, according to a person familiar with their thinking. Kasich told WCBS radio that he “never expected to win New York.”

Trump tweeted Tuesday morning: “Kasich should get out of the race!”

7 p.m.

Polls are closing across the state after a day of heavy turnout. Voters in New York City faced long lines in several neighborhoods, and some polling places in Brooklyn opened late. New York awards 95 Republican delegates and 247 Democratic delegates, the largest prize of the spring so far, and both front-runners spent most of the week campaigning in the state.
""", """
says || Donald Trump || the Republican race is “pretty much over.” || named_person
told || the billionaire || Ted Cruz is “mathematically eliminated.” || named_person
says || Cruz’s campaign || the contest will go to a contested convention in Cleveland || named_org
says || Hillary Clinton || the Democratic nomination is “in sight.” || named_person
told || Clinton @@ Clinton told || “There’s no place like home,” || named_person
tells || Bernie Sanders || he is staying in the race until the last vote is cast || named_person
said || His campaign manager, Jeff Weaver || the campaign had “serious concerns” about voters purged from the rolls in Brooklyn || named_person
has projected || The Associated Press || Trump will win the Republican primary || media
show || Exit polls || nearly two-thirds of Republican voters believe the party’s nominating system is rigged || document
say || Some Sanders supporters in Brooklyn || they were turned away from their polling places || anonymous
said || Maria Delgado, 58, a retired teacher || “I’ve voted here for 20 years and my name wasn’t on the list,” || named_person
says || City Comptroller Scott Stringer || he will audit the Board of Elections || named_person
according to || a person familiar with their thinking || Several GOP senators believe Kasich is the party’s strongest general election candidate || anonymous
told || Kasich @@ Kasich told || he “never expected to win New York.” || named_person
tweeted || Trump @@ Trump tweeted || “Kasich should get out of the race!” || named_person
""")

# ----------------------------------------------------------------------------
art("t10", """
Statehouse Roundup: Budget fights, a bathroom bill and a governor’s race

A weekly look at politics in the states.

ILLINOIS

Gov. Bruce Rauner said Thursday that he would veto any budget that does not include changes to the state’s workers’ compensation system. Democratic House Speaker Michael Madigan accused the governor of “holding schools hostage.” Lawmakers from both parties privately expect the impasse to last into the fall, according to Capitol Fax, a Springfield political newsletter.

NORTH CAROLINA

Businesses continue to pull out of the state over House Bill 2. The NCAA announced Monday that it would move seven championship events out of North Carolina. Gov. Pat McCrory’s campaign said the decision was “absurd.” His Democratic challenger, Attorney General Roy Cooper, said the law “is costing us jobs every single day.”

A poll by Public Policy Polling found a majority of voters in the state want the law repealed.

MISSOURI

Republican Eric Greitens leads in the governor’s race, but Democrats believe Attorney General Chris Koster’s support from the NRA will help him in rural areas. “This is the most competitive race in the country,” one Republican consultant in St. Louis said.

KANSAS

Moderate Republicans who ousted conservative incumbents in the August primary say voters have rejected Gov. Sam Brownback’s tax cuts. Brownback told The Wichita Eagle that the results were “not a referendum on me.” A spokeswoman for the governor, Lena Marsh, said the tax policy would remain in place.

The Kansas City Star reported that state revenue fell short of estimates for a third straight month.

ELSEWHERE

In Louisiana, flood recovery has pushed aside the fall legislative agenda. In Oregon, a ballot measure to raise corporate taxes is drawing record spending from both sides. And in New Mexico, lawmakers face a special session to close a budget gap of several hundred million dollars.

We’ll be back next week with more from the statehouses. Send tips and suggestions to our state politics desk.
""", """
said || Gov. Bruce Rauner || he would veto any budget that does not include changes to the state’s workers’ compensation system || named_person
accused || Democratic House Speaker Michael Madigan || the governor of “holding schools hostage.” || named_person
according to || Capitol Fax, a Springfield political newsletter || Lawmakers from both parties privately expect the impasse to last into the fall || media
announced || The NCAA || it would move seven championship events out of North Carolina || named_org
said || Gov. Pat McCrory’s campaign || the decision was “absurd.” || named_org
said || His Democratic challenger, Attorney General Roy Cooper || the law “is costing us jobs every single day.” || named_person
found || A poll by Public Policy Polling || a majority of voters in the state want the law repealed || document
believe || Democrats @@ Democrats believe || Attorney General Chris Koster’s support from the NRA will help him in rural areas || named_org
said || one Republican consultant in St. Louis || “This is the most competitive race in the country,” || anonymous
say || Moderate Republicans who ousted conservative incumbents in the August primary || voters have rejected Gov. Sam Brownback’s tax cuts || anonymous
told || Brownback @@ Brownback told || the results were “not a referendum on me.” || named_person
said || A spokeswoman for the governor, Lena Marsh || the tax policy would remain in place || named_person
reported || The Kansas City Star || state revenue fell short of estimates for a third straight month || media
""")

# ----------------------------------------------------------------------------
art("t11", """
Five takeaways from Comey’s testimony on the Clinton email case

FBI Director James Comey spent more than four hours before the House Oversight Committee on Thursday answering questions about his decision not to recommend charges against Hillary Clinton. Here are five takeaways.

1. Comey isn’t backing down.

“There was no cover-up, no deal, no anything,” Comey told lawmakers. He said the decision was made by career investigators “without any political interference.”

2. Republicans aren’t satisfied.

Committee Chairman Jason Chaffetz said he would ask the FBI to turn over its interview notes within a week. Several Republicans on the panel believe Clinton lied under oath to Congress, according to a committee aide. Speaker Paul Ryan tweeted that the hearing raised “more questions than answers.”

3. Democrats push back.

Rep. Elijah Cummings, the committee’s top Democrat, said the hearing was “a waste of taxpayer money.” Democrats fear the controversy will shadow Clinton through November.

4. The details were damaging.

Comey acknowledged that three emails carried classification markings. The Clinton campaign said the markings were “improper” and that Clinton had not been aware of them. Politico reported Wednesday that the FBI had interviewed at least a dozen State Department employees during the investigation.

5. Trump pounces.

Donald Trump told a rally in Denver that the system is “totally rigged.” “If she were anybody else, she’d be in jail,” the presumptive Republican nominee said.

A CBS News poll taken after the announcement showed 61 percent of Americans disapproved of Comey’s recommendation. Campaign chairman John Podesta said Friday that the poll “doesn’t reflect what voters care about.”

The committee has not said whether it will call Comey back. Attorney General Loretta Lynch is scheduled to appear before the House Judiciary Committee next week, where she is certain to face the same questions. The State Department is conducting its own review of how classified material was handled, and a separate inquiry by the department’s inspector general remains open.
""", """
told || Comey @@ Comey told || “There was no cover-up, no deal, no anything,” || named_person
said || He @@ He said the decision || the decision was made by career investigators “without any political interference.” || named_person
said || Committee Chairman Jason Chaffetz || he would ask the FBI to turn over its interview notes within a week || named_person
according to || a committee aide || Several Republicans on the panel believe Clinton lied under oath to Congress || anonymous
tweeted || Speaker Paul Ryan || the hearing raised “more questions than answers.” || named_person
said || Rep. Elijah Cummings, the committee’s top Democrat || the hearing was “a waste of taxpayer money.” || named_person
fear || Democrats @@ Democrats fear || the controversy will shadow Clinton through November || named_org
acknowledged || Comey @@ Comey acknowledged || three emails carried classification markings || named_person
said || The Clinton campaign || the markings were “improper” and that Clinton had not been aware of them || named_org
reported || Politico || the FBI had interviewed at least a dozen State Department employees during the investigation || media
told || Donald Trump || the system is “totally rigged.” || named_person
said || the presumptive Republican nominee || “If she were anybody else, she’d be in jail,” || named_person
showed || A CBS News poll taken after the announcement || 61 percent of Americans disapproved of Comey’s recommendation || document
said || Campaign chairman John Podesta || the poll “doesn’t reflect what voters care about.” || named_person
""")

# ----------------------------------------------------------------------------
art("t12", """
The Latest: Pence emerges as Trump’s likely running mate

The Latest on Donald Trump’s search for a running mate (all times EDT):

6:45 p.m.

Indiana Gov. Mike Pence has accepted an offer to join Donald Trump’s ticket, according to two Republicans with knowledge of the decision.

CNN reported earlier that Pence had flown to New York on Thursday afternoon. Trump’s campaign said no decision had been made.

5:30 p.m.

Trump tells Fox News that he will announce his pick Friday at 11 a.m. in Manhattan.

“I haven’t made a final, final decision,” Trump said in the interview, “but I know who I like.”

4:10 p.m.

Some Trump advisers believe New Jersey Gov. Chris Christie would bring more energy to the ticket, The New York Times reported.

Christie told reporters in Trenton that he was “happy to serve in any way.”

3:00 p.m.

Conservative activists say Pence would reassure evangelical voters who remain wary of Trump.

“He’s a known quantity,” said Tony Perkins, president of the Family Research Council.

Pence faces a noon deadline Friday to withdraw from his re-election race in Indiana, state election officials said.

1:20 p.m.

Newt Gingrich says he has not heard from Trump’s campaign “in a couple of days.”

The former House speaker told Fox Business Network that he would “be honored” if chosen. A Trump aide said Trump had narrowed his list to three finalists.

Noon

Democrats say a Pence pick would show Trump is “running away from his own message.”

Clinton campaign chairman John Podesta said in a statement that Pence is “the most extreme pick in a generation.”

11 a.m.

Trump has spent the week meeting with potential running mates, including a dinner with the Pence family at the governor’s residence in Indianapolis. The Republican National Convention opens Monday in Cleveland, and the running mate is expected to speak on Wednesday night, the third night of the four-day gathering.
""", """
according to || two Republicans with knowledge of the decision || Indiana Gov. Mike Pence has accepted an offer to join Donald Trump’s ticket || anonymous
reported || CNN || Pence had flown to New York on Thursday afternoon || media
said || Trump’s campaign @@ Trump’s campaign said || no decision had been made || named_org
tells || Trump @@ Trump tells || he will announce his pick Friday at 11 a.m. in Manhattan || named_person
said || Trump @@ Trump said in the interview || “I haven’t made a final, final decision,” ## “but I know who I like.” || named_person
reported || The New York Times || Some Trump advisers believe New Jersey Gov. Chris Christie would bring more energy to the ticket || media
told || Christie @@ Christie told || he was “happy to serve in any way.” || named_person
say || Conservative activists || Pence would reassure evangelical voters who remain wary of Trump || anonymous
said || Tony Perkins, president of the Family Research Council || “He’s a known quantity,” || named_person
said || state election officials || Pence faces a noon deadline Friday to withdraw from his re-election race in Indiana || anonymous
says || Newt Gingrich || he has not heard from Trump’s campaign “in a couple of days.” || named_person
told || The former House speaker || he would “be honored” if chosen || named_person
said || A Trump aide || Trump had narrowed his list to three finalists || anonymous
say || Democrats @@ Democrats say || a Pence pick would show Trump is “running away from his own message.” || named_org
said || Clinton campaign chairman John Podesta || Pence is “the most extreme pick in a generation.” || named_person
""")


# ----------------------------------------------------------------------------
def _word(c):
    return c.isalnum() or c == "_"


def occurrences(text, s):
    out = []
    i = text.find(s)
    while i != -1:
        j = i + len(s)
        ok = True
        if _word(s[0]) and i > 0 and _word(text[i - 1]):
            ok = False
        if _word(s[-1]) and j < len(text) and _word(text[j]):
            ok = False
        if ok:
            out.append((i, j))
        i = text.find(s, i + 1)
    return out


def by_context(text, spec, doc_id):
    span, ctx = [x.strip() for x in spec.split("@@", 1)]
    cs = occurrences(text, ctx) or [(m.start(), m.end()) for m in re.finditer(re.escape(ctx), text)]
    assert len(cs) == 1, (doc_id, "context not unique/found", ctx, cs)
    c0 = cs[0][0]
    inner = occurrences(ctx, span)
    assert len(inner) == 1, (doc_id, "span not unique in context", span, ctx)
    return (c0 + inner[0][0], c0 + inner[0][1])


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def gap(a, b):
    if overlaps(a, b):
        return 0
    return b[0] - a[1] if a[1] <= b[0] else a[0] - b[1]


def locate_near(text, spec, anchors, avoid, doc_id):
    if "@@" in spec:
        return by_context(text, spec, doc_id)
    occ = [o for o in occurrences(text, spec) if not any(overlaps(o, a) for a in avoid)]
    assert occ, (doc_id, "not found", spec)
    return min(occ, key=lambda o: min(gap(o, a) for a in anchors))


def span(text, se):
    return {"start": se[0], "end": se[1], "text": text[se[0]:se[1]]}


def parse_ann(doc_id, text, ann):
    atts = []
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        parts = [p.strip() for p in line.split("||")]
        assert len(parts) == 4, (doc_id, line)
        cue_s, src_s, con_s, typ = parts
        assert typ in TYPES, (doc_id, typ)
        frags = []
        for f in con_s.split(" ## "):
            f = f.strip()
            if "@@" in f:
                frags.append(by_context(text, f, doc_id))
            else:
                occ = [(m.start(), m.end()) for m in re.finditer(re.escape(f), text)]
                assert len(occ) == 1, (doc_id, "content not unique", f, occ)
                frags.append(occ[0])
        cue = locate_near(text, cue_s, frags, frags, doc_id)
        src = None
        if src_s != "null":
            src = locate_near(text, src_s, [cue], frags + [cue], doc_id)
        content = span(text, (frags[0][0], frags[-1][1]))
        if len(frags) > 1:
            content["fragments"] = [list(f) for f in frags]
        rec = {"cue": span(text, cue), "source": span(text, src) if src else None,
               "content": content, "source_type": typ}
        # sanity checks
        for sp in [rec["cue"], rec["content"]] + ([rec["source"]] if src else []):
            assert text[sp["start"]:sp["end"]] == sp["text"]
            assert sp["text"] == sp["text"].strip(), (doc_id, sp)
        c = rec["content"]["text"]
        assert not c.lower().startswith("that "), (doc_id, c)
        if not (c.endswith('"') or c.endswith("”") or c.endswith("’")):
            assert not c.endswith("."), (doc_id, "content ends with period", c)
        for f in frags:
            assert not overlaps(f, cue), (doc_id, "cue inside content", line)
            if src:
                assert not overlaps(f, src), (doc_id, "source inside content", line)
        if src:
            assert not overlaps(src, cue), (doc_id, line)
        atts.append(rec)
    atts.sort(key=lambda a: a["cue"]["start"])
    cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
    assert len(set(cues)) == len(cues), (doc_id, "duplicate cue span")
    return atts


def check_article(i, doc_id, text):
    words = len(text.split())
    assert 300 <= words <= 500, (doc_id, "word count", words)
    lines = text.split("\n")
    assert lines[1] == "" and lines[0].strip() and lines[2].strip(), doc_id
    assert "\n\n\n" not in text, doc_id
    curly = any(ch in text for ch in "“”‘’")
    straight = any(ch in text for ch in "\"'")
    if i < 6:
        assert straight and not curly, (doc_id, "first half must use straight quotes only")
    else:
        assert curly and not straight, (doc_id, "second half must use curly quotes only")


def build():
    recs = []
    for i, (doc_id, text, ann) in enumerate(ARTICLES):
        check_article(i, doc_id, text)
        atts = parse_ann(doc_id, text, ann)
        assert 12 <= len(atts) <= 20, (doc_id, len(atts))
        recs.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    assert [r["doc_id"] for r in recs] == [f"t{k:02d}" for k in range(1, 13)]
    return recs


def review(recs):
    for r in recs:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words", len(r["attributions"]), "atts")
        for a in r["attributions"]:
            c, s = a["cue"], a["source"]
            ctx = t[max(0, c["start"] - 30):c["end"] + 30].replace("\n", " ")
            print(f"  [{a['source_type']}] cue={c['text']!r}@{c['start']} ctx={ctx!r}")
            if s:
                ctx = t[max(0, s["start"] - 20):s["end"] + 20].replace("\n", " ")
                print(f"       src={s['text']!r}@{s['start']} ctx={ctx!r}")
            else:
                print("       src=None")
            print("       con={!r}".format(a["content"]["text"][:110]), a["content"].get("fragments", ""))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind41.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())

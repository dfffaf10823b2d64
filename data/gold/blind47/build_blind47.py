#!/usr/bin/env python3
"""Build ``blind47.jsonl``: the forty-seventh batch of blind test articles (session 17).

12 invented stories in the style of partisan political websites and aggregators (embedded tweets,
TV and radio quotes, re-reported scoops), each with 12-16 attributions, written and annotated by
a helper session that never read claimtrace's code, tests or data; see NOTES.md.

Usage: ``python data/gold/blind47/build_blind47.py [--check]`` (``--check``: exit 1 if
blind47.jsonl is stale).

The helper's own notes on the format follow.

Blind attribution test set 47: invented 2016-style opinionated web news.

All article texts and annotations are invented for this test set.
Annotation line format (one attribution per line):

    CUE || SOURCE || CONTENT || TYPE

* SOURCE is "-" when the article gives no source (source = null).
* CONTENT fragments of a discontinuous content are separated by " ## ".
* Any span (cue, source, first content fragment) may be written as
  "SPAN @@ CONTEXT": CONTEXT must occur exactly once in the text and the
  span is its first occurrence inside CONTEXT.
* Without a context: the first content fragment must occur exactly once;
  later fragments are the first occurrence after the previous fragment;
  the cue is the occurrence nearest to the content; the source is the
  occurrence nearest to the cue (neither may overlap the content or cue).
All offsets are computed here; nothing is typed by hand.
"""
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # data/gold, for build_gold
from build_gold import write_or_check  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind47.jsonl")
TYPES = {"named_person", "named_org", "media", "document", "anonymous", "unknown"}
CURLY = "\u201c\u201d\u2018\u2019"

ARTICLES = []

# ---------------------------------------------------------------- z01
ARTICLES.append(("z01", r'''
Trump Camp Scrambles After Rough Debate Night

Kellyanne Conway spent Tuesday morning trying to put out fires. Appearing on MSNBC's "Morning Joe" less than twelve hours after the first presidential debate, the Trump campaign manager insisted that her candidate "won the night with the voters who matter."

"Donald Trump was the only person on that stage talking about jobs," Conway said. "Hillary Clinton was talking about Hillary Clinton."

Not everyone in the Republican nominee's orbit was so upbeat. Two people close to the campaign told Politico that Trump's debate preparation had been "chaotic" and that he skipped at least two mock sessions. One of them said the candidate blamed his microphone for the rough night.

Trump himself took to Twitter before dawn. "Thank you to everyone for the incredible support! Every online poll says I won big," he tweeted at 5:12 a.m.

Online polls, which allow users to vote as often as they like, are not scientific. A CNN/ORC poll of debate watchers released Monday night found that 62 percent believed Clinton had done the better job, compared with 27 percent who picked Trump.

Fox News host Sean Hannity was not buying it. On his radio show Tuesday afternoon, Hannity complained that the moderator, NBC's Lester Holt, had been "doing Hillary's work for her" and said the questions about Trump's tax returns were "a setup from the start."

Inside the campaign, the mood was darker. According to The Washington Post, senior aides believe the candidate needs to spend more time preparing before the second debate in St. Louis, but they are not sure he will listen.

Democrats spent the day trying to keep the focus on Trump's performance. Clinton campaign chairman John Podesta told reporters on a conference call that Trump "showed the country he is temperamentally unfit to be commander in chief." Robby Mook, the campaign manager, said the campaign raised $18 million online in the 24 hours after the debate, its best single day of the cycle.

Some Republican strategists worry the damage could linger. "You only get one first impression in a debate, and he blew it," said a veteran GOP consultant who advised two previous nominees and asked not to be named because he still works with the party.

Trump, speaking at a rally in Melbourne, Florida, later in the day, said he might "hit harder" at the next debate. "I was holding back," he told the crowd. "I was being very nice."

The second debate, a town hall, is scheduled for Oct. 9 at Washington University.
''', r'''
insisted || the Trump campaign manager || her candidate "won the night with the voters who matter." || named_person
said || Conway || "Donald Trump was the only person on that stage talking about jobs," ## "Hillary Clinton was talking about Hillary Clinton." || named_person
told || Two people close to the campaign || Trump's debate preparation had been "chaotic" and that he skipped at least two mock sessions || anonymous
said || One of them || the candidate blamed his microphone for the rough night || anonymous
tweeted || he || "Thank you to everyone for the incredible support! Every online poll says I won big," || named_person
found || A CNN/ORC poll of debate watchers released Monday night || 62 percent believed Clinton had done the better job, compared with 27 percent who picked Trump || document
complained || Hannity || the moderator, NBC's Lester Holt, had been "doing Hillary's work for her" || named_person
said || Hannity @@ Hannity complained || the questions about Trump's tax returns were "a setup from the start." || named_person
According to || The Washington Post || senior aides believe the candidate needs to spend more time preparing before the second debate in St. Louis, but they are not sure he will listen || media
told || Clinton campaign chairman John Podesta || Trump "showed the country he is temperamentally unfit to be commander in chief." || named_person
said || Robby Mook, the campaign manager || the campaign raised $18 million online in the 24 hours after the debate, its best single day of the cycle || named_person
worry || Some Republican strategists || the damage could linger || anonymous
said || a veteran GOP consultant who advised two previous nominees and asked not to be named because he still works with the party || "You only get one first impression in a debate, and he blew it," || anonymous
said || Trump @@ Trump, speaking at a rally in Melbourne || he might "hit harder" at the next debate || named_person
told || he || "I was holding back," ## "I was being very nice." || named_person
'''))

# ---------------------------------------------------------------- z02
ARTICLES.append(("z02", r'''
Ryan's Team Is Already Planning for Life After Trump

House Speaker Paul Ryan's inner circle has begun mapping out a strategy for rebuilding the Republican Party after November, BuzzFeed News reported Thursday, in what would be the clearest sign yet of how far the nominee's fortunes have sunk.

Three Republican aides familiar with the discussions told the outlet that Ryan's political team has held meetings with donors and think-tank scholars about a policy agenda that could unite the party's warring factions. The aides spoke on condition of anonymity because the talks are private.

Ryan's office pushed back hard. "This story is false. The Speaker is focused on holding the House and electing Republicans up and down the ballot," spokeswoman AshLee Strong said in a statement.

Conservative talk radio was less diplomatic. On his show Thursday, Rush Limbaugh told listeners that Ryan was "measuring the drapes for a funeral he is hoping for" and said the report proved what he had suspected all along about the Republican establishment.

The Trump campaign moved quickly to exploit the story. "Paul Ryan should spend less time plotting and more time fighting for the voters who gave Republicans the House," campaign spokesman Jason Miller said. Trump weighed in on Twitter Friday morning, writing that "disloyal" Republicans would "pay a big price" in the future.

The feud is the latest chapter in a rocky relationship that dates back to the spring primaries, when the two men met for the first time in a much-publicized sit-down at the party's headquarters in Washington.

According to a Quinnipiac University poll released this week, 41 percent of Republican voters say Ryan has not done enough to support the nominee. Among all voters, the speaker remains more popular than Trump, the poll found.

Rep. Charlie Dent of Pennsylvania, a frequent Trump critic, said the speaker was "doing what a responsible leader does." Several GOP donors who have met with Ryan this summer believe he is positioning himself for a 2020 run, the Washington Examiner reported, though the speaker has repeatedly said he will not seek the presidency.

Democrats could hardly contain their delight. "When the Republican speaker of the House is already planning for Trump's defeat, you know where this race is headed," Democratic National Committee interim chair Donna Brazile told CNN.

Ryan is scheduled to campaign for House candidates in Ohio and Pennsylvania next week. Trump will hold rallies in Florida and North Carolina over the same stretch, and the two men have no joint appearances planned before Election Day.
''', r'''
reported || BuzzFeed News || House Speaker Paul Ryan's inner circle has begun mapping out a strategy for rebuilding the Republican Party after November || media
told || Three Republican aides familiar with the discussions || Ryan's political team has held meetings with donors and think-tank scholars about a policy agenda that could unite the party's warring factions || anonymous
said || spokeswoman AshLee Strong || "This story is false. The Speaker is focused on holding the House and electing Republicans up and down the ballot," || named_person
told || Rush Limbaugh || Ryan was "measuring the drapes for a funeral he is hoping for" || named_person
said || Rush Limbaugh || the report proved what he had suspected all along about the Republican establishment || named_person
said || campaign spokesman Jason Miller || "Paul Ryan should spend less time plotting and more time fighting for the voters who gave Republicans the House," || named_person
writing || Trump @@ Trump weighed in || "disloyal" Republicans would "pay a big price" in the future || named_person
According to || a Quinnipiac University poll released this week || 41 percent of Republican voters say Ryan has not done enough to support the nominee || document
found || the poll || Among all voters, the speaker remains more popular than Trump || document
said || Rep. Charlie Dent of Pennsylvania, a frequent Trump critic || the speaker was "doing what a responsible leader does." || named_person
reported || the Washington Examiner || Several GOP donors who have met with Ryan this summer believe he is positioning himself for a 2020 run || media
has repeatedly said || the speaker @@ the speaker has repeatedly || he will not seek the presidency || named_person
told || Democratic National Committee interim chair Donna Brazile || "When the Republican speaker of the House is already planning for Trump's defeat, you know where this race is headed," || named_person
'''))

# ---------------------------------------------------------------- z03
ARTICLES.append(("z03", r'''
Comey's Letter Just Upended the Race. Here's What We Know

FBI Director James Comey informed Congress on Friday that the bureau had discovered new emails "that appear to be pertinent" to its closed investigation of Hillary Clinton's private server, throwing the final eleven days of the presidential race into turmoil.

In a three-paragraph letter to eight committee chairmen, Comey wrote that the FBI "cannot yet assess whether or not this material may be significant." The letter did not say where the emails came from.

That answer came within hours. The New York Times reported that the emails were found on a laptop used by former Rep. Anthony Weiner, the estranged husband of top Clinton aide Huma Abedin. Two law enforcement officials told the paper the messages had surfaced during an unrelated investigation.

Clinton, speaking to reporters in Des Moines, demanded that the bureau release "all the facts" immediately. "The American people deserve the whole story, not a few lines in a letter," she said. "Put it all out there."

Trump, who has trailed in most national polls since the conventions, was jubilant at a rally in Manchester, New Hampshire. "This is bigger than Watergate," he told the crowd, adding that he had "great respect" for the FBI "for having the courage to right the horrible mistake."

Senate Minority Leader Harry Reid said the director may have violated the Hatch Act. A former Justice Department spokesman, Matthew Miller, wrote on Twitter that the letter was "an appalling breach of department protocol."

Inside the FBI, the decision was hardly unanimous. Several senior Justice Department officials had warned Comey against sending the letter so close to Election Day, The New Yorker reported Saturday.

One former federal prosecutor who has worked with Comey said the director felt trapped by his July testimony. In that testimony, Comey assured lawmakers he would tell them of any significant new developments. "He promised Congress he would update them, and he kept his word," the prosecutor said.

The race had already been tightening. An ABC News/Washington Post tracking poll released Sunday showed Clinton's lead shrinking to one point, 46 percent to 45 percent. Thirty-four percent of likely voters said the news made them less likely to support her, the poll found.

Early voting is already under way in more than 30 states, and millions of ballots had been cast before the letter became public. Both campaigns have redirected their final advertising to the battleground states of Florida, Pennsylvania, North Carolina and Ohio, where the margins remain razor thin.
''', r'''
informed || FBI Director James Comey || the bureau had discovered new emails "that appear to be pertinent" to its closed investigation of Hillary Clinton's private server || named_person
wrote || Comey || the FBI "cannot yet assess whether or not this material may be significant." || named_person
reported || The New York Times || the emails were found on a laptop used by former Rep. Anthony Weiner, the estranged husband of top Clinton aide Huma Abedin || media
told || Two law enforcement officials || the messages had surfaced during an unrelated investigation || anonymous
demanded || Clinton || the bureau release "all the facts" immediately || named_person
said || she || "The American people deserve the whole story, not a few lines in a letter," ## "Put it all out there." || named_person
told || he || "This is bigger than Watergate," || named_person
adding || he @@ he told the crowd || he had "great respect" for the FBI "for having the courage to right the horrible mistake." || named_person
said || Senate Minority Leader Harry Reid || the director may have violated the Hatch Act || named_person
wrote || A former Justice Department spokesman, Matthew Miller || the letter was "an appalling breach of department protocol." || named_person
reported || The New Yorker || Several senior Justice Department officials had warned Comey against sending the letter so close to Election Day || media
said || One former federal prosecutor who has worked with Comey || the director felt trapped by his July testimony || anonymous
assured || Comey @@ Comey assured || he would tell them of any significant new developments || named_person
said || the prosecutor || "He promised Congress he would update them, and he kept his word," || anonymous
showed || An ABC News/Washington Post tracking poll released Sunday || Clinton's lead shrinking to one point, 46 percent to 45 percent || document
found || the poll || Thirty-four percent of likely voters said the news made them less likely to support her || document
'''))

# ---------------------------------------------------------------- z04
ARTICLES.append(("z04", r'''
Sanders Fans Boo as DNC Email Fallout Spreads

PHILADELPHIA - The Democratic National Convention opened Monday under a cloud, a day after Debbie Wasserman Schultz announced she would step down as party chair at the end of the week.

The leaked emails, published by WikiLeaks on Friday, included messages in which DNC staffers discussed ways to undercut Bernie Sanders during the primaries. Sanders supporters on the convention floor booed loudly whenever Clinton's name came up.

Their candidate tried to calm them. "We have got to defeat Donald Trump, and we have got to elect Hillary Clinton," Sanders told the crowd in his prime-time speech, drawing both cheers and jeers.

Earlier in the day, at a breakfast for the Florida delegation, Wasserman Schultz was shouted off the stage. Delegates waved handmade signs and chanted until she left through a side door.

The Intercept reported Monday that at least two DNC officials had privately urged the party's communications team to question Sanders' religious beliefs ahead of the Kentucky primary. A DNC spokesman did not respond to a request for comment.

"Firing one person doesn't fix a rigged system," The Young Turks host Cenk Uygur said on his online show. Writing in Salon, columnist Dana Reyes argued that the party owes Sanders voters a formal apology.

Clinton's campaign, meanwhile, turned the spotlight on Russia. Campaign manager Robby Mook said on CNN's "State of the Union" that "experts are telling us that Russian state actors broke into the DNC" and leaked the emails "for the purpose of helping Donald Trump."

"This is a made-up story to distract from what the emails actually say," Donald Trump Jr. told ABC News on Sunday.

The FBI said in a statement Monday that it was investigating "a cyber intrusion involving the DNC" and would "hold accountable those who pose a threat in cyberspace."

Sanders delegates, many of whom had hoped for a floor fight, believe the party's leadership has learned nothing, said Sarah Moreno, a Colorado delegate who attended the Florida breakfast. "They think an apology and a new chair make this go away," she said. "It doesn't."

A Gallup survey taken before the convention found that only 55 percent of Sanders supporters planned to vote for Clinton in November. Clinton aides privately expect that figure to rise once the convention ends, according to two people who have spoken with the campaign.

The convention continues Tuesday with a roll call vote that will formally make Clinton the first woman to win a major party's presidential nomination. Former President Bill Clinton will speak in the evening, followed on Wednesday by Vice President Joe Biden and President Obama.
''', r'''
announced || Debbie Wasserman Schultz || she would step down as party chair at the end of the week || named_person
told || Sanders || "We have got to defeat Donald Trump, and we have got to elect Hillary Clinton," || named_person
reported || The Intercept || at least two DNC officials had privately urged the party's communications team to question Sanders' religious beliefs ahead of the Kentucky primary || media
said || The Young Turks host Cenk Uygur || "Firing one person doesn't fix a rigged system," || named_person
argued || columnist Dana Reyes || the party owes Sanders voters a formal apology || named_person
said || Campaign manager Robby Mook || "experts are telling us that Russian state actors broke into the DNC" and leaked the emails "for the purpose of helping Donald Trump." || named_person
told || Donald Trump Jr. || "This is a made-up story to distract from what the emails actually say," || named_person
said || The FBI || it was investigating "a cyber intrusion involving the DNC" and would "hold accountable those who pose a threat in cyberspace." || named_org
said || Sarah Moreno, a Colorado delegate who attended the Florida breakfast || Sanders delegates, many of whom had hoped for a floor fight, believe the party's leadership has learned nothing || named_person
said || she || "They think an apology and a new chair make this go away," ## "It doesn't." || named_person
found || A Gallup survey taken before the convention || only 55 percent of Sanders supporters planned to vote for Clinton in November || document
according to || two people who have spoken with the campaign || Clinton aides privately expect that figure to rise once the convention ends || anonymous
'''))

# ---------------------------------------------------------------- z05
ARTICLES.append(("z05", r'''
Priebus Says RNC Won't Walk Away From Trump

Republican National Committee Chairman Reince Priebus insisted Monday that the party would stand by Donald Trump, even as a growing list of GOP lawmakers abandoned the nominee over a 2005 video that surfaced Friday.

"Nothing has changed in terms of our support," Priebus said on a call with RNC members, according to two people who were on the line.

The call came hours after House Speaker Paul Ryan told Republican lawmakers he would no longer defend Trump or campaign with him. Ryan "is going to spend his entire energy" on protecting the GOP's congressional majorities, a person on that call told the Drudge Report, which first posted the news.

Trump lashed out in a string of tweets Tuesday. "Paul Ryan should be spending his time on jobs and ObamaCare, not on attacking his own nominee. Disloyal!" he wrote.

On his radio program, Sean Hannity said Ryan should "step down as speaker" if he could not support the nominee. Conservative radio host Laura Ingraham went further, telling listeners that Republicans who abandoned Trump were "handing the Supreme Court to Hillary Clinton."

Inside the RNC, some staffers had quietly discussed whether the committee could replace Trump on the ticket, according to CNN. Party lawyers concluded there was no practical way to do so this close to the election, one RNC official said.

Priebus, asked by reporters about the nominee's chances, said: "Absolutely. The path is there."

A Politico/Morning Consult poll conducted over the weekend found Clinton leading by 11 points among likely voters. Early voting has already begun in several battleground states, including North Carolina and Ohio.

"Every Republican who stood by Trump this long owns him," Democratic Congressional Campaign Committee chairman Ben Ray Lujan said in a statement Tuesday.

It was announced Tuesday that Trump would hold a rally with Pence in Ohio on Thursday. It would be the pair's first joint appearance since the video surfaced.

The turmoil has left party operatives in a difficult position. The RNC's field program, which Priebus has spent four years building, is now the backbone of the nominee's get-out-the-vote effort in most swing states, and many of its staffers are shared with Senate and House campaigns trying to keep their distance from the top of the ticket.
''', r'''
Says || Priebus || RNC Won't Walk Away From Trump || named_person
insisted || Republican National Committee Chairman Reince Priebus || the party would stand by Donald Trump || named_person
according to || two people who were on the line || "Nothing has changed in terms of our support," Priebus said on a call with RNC members || anonymous
told || House Speaker Paul Ryan || he would no longer defend Trump or campaign with him || named_person
told || a person on that call || Ryan "is going to spend his entire energy" on protecting the GOP's congressional majorities || anonymous
wrote || he || "Paul Ryan should be spending his time on jobs and ObamaCare, not on attacking his own nominee. Disloyal!" || named_person
said || Sean Hannity || Ryan should "step down as speaker" if he could not support the nominee || named_person
telling || Conservative radio host Laura Ingraham || Republicans who abandoned Trump were "handing the Supreme Court to Hillary Clinton." || named_person
according to || CNN || some staffers had quietly discussed whether the committee could replace Trump on the ticket || media
said || one RNC official || Party lawyers concluded there was no practical way to do so this close to the election || anonymous
said || Priebus @@ Priebus, asked || "Absolutely. The path is there." || named_person
found || A Politico/Morning Consult poll conducted over the weekend || Clinton leading by 11 points among likely voters || document
said || Democratic Congressional Campaign Committee chairman Ben Ray Lujan || "Every Republican who stood by Trump this long owns him," || named_person
was announced || - || Trump would hold a rally with Pence in Ohio on Thursday || unknown
'''))

# ---------------------------------------------------------------- z06
ARTICLES.append(("z06", r'''
Cruz Finally Falls in Line Behind Trump

Ted Cruz announced Friday that he will vote for Donald Trump, ending a two-month standoff that began with the Texas senator's much-booed speech at the Republican convention in Cleveland.

In a lengthy Facebook post, Cruz wrote that he had made the decision after "many months of prayerful consideration" and because Hillary Clinton is "wholly unacceptable." The post ran to more than 900 words.

Trump's campaign responded within minutes. "Ted is a tough competitor and a great asset to the party," Trump said in a statement released by the campaign. "Together we will defeat Crooked Hillary."

The reversal did not sit well with some of Cruz's most loyal supporters. "Ted told us in Cleveland to vote our conscience. My conscience hasn't changed," conservative radio host Glenn Beck said on his show Friday.

Erick Erickson, the conservative blogger who runs The Resurgent, wrote that Cruz had "traded his credibility for a seat at the table." Several former Cruz staffers also privately expressed frustration, according to The Texas Tribune.

Cruz allies say the senator had little choice. Two people close to Cruz told Politico that his political team had warned him that a continued standoff could threaten his 2018 Senate reelection bid in Texas. Trump remains popular with Republican primary voters there.

Polls suggest the move could help Cruz at home. A University of Texas/Texas Tribune survey in June found that 58 percent of Texas Republicans viewed Cruz's convention speech unfavorably.

Democrats pounced. Clinton spokesman Brian Fallon tweeted that Cruz had "finally bent the knee," adding, "Guess 'vote your conscience' had an expiration date."

Cruz, for his part, told reporters at the Capitol that the decision was "not a close call" once he weighed the alternative. Asked whether Trump had apologized for attacking his wife and father during the primaries, the senator said simply, "We've moved on."

The two men spoke by phone on Thursday night, a call that lasted roughly fifteen minutes. Cruz has no joint events with Trump on his calendar, and his schedule for the next month includes only a handful of events for Senate candidates in Ohio, Missouri and North Carolina.

For Trump, the endorsement completes a slow march of former rivals back into the fold. Of the sixteen Republicans he defeated in the primaries, only a few, including Ohio Gov. John Kasich and former Florida Gov. Jeb Bush, are still withholding their support.
''', r'''
announced || Ted Cruz || he will vote for Donald Trump || named_person
wrote || Cruz @@ Cruz wrote || he had made the decision after "many months of prayerful consideration" and because Hillary Clinton is "wholly unacceptable." || named_person
said || Trump @@ Trump said || "Ted is a tough competitor and a great asset to the party," ## "Together we will defeat Crooked Hillary." || named_person
said || conservative radio host Glenn Beck || "Ted told us in Cleveland to vote our conscience. My conscience hasn't changed," || named_person
wrote || Erick Erickson, the conservative blogger who runs The Resurgent || Cruz had "traded his credibility for a seat at the table." || named_person
according to || The Texas Tribune || Several former Cruz staffers also privately expressed frustration || media
say || Cruz allies || the senator had little choice || anonymous
told || Two people close to Cruz || his political team had warned him that a continued standoff could threaten his 2018 Senate reelection bid in Texas || anonymous
suggest || Polls || the move could help Cruz at home || document
found || A University of Texas/Texas Tribune survey in June || 58 percent of Texas Republicans viewed Cruz's convention speech unfavorably || document
tweeted || Clinton spokesman Brian Fallon || Cruz had "finally bent the knee," || named_person
adding || Clinton spokesman Brian Fallon || "Guess 'vote your conscience' had an expiration date." || named_person
told || Cruz @@ Cruz, for his part || the decision was "not a close call" once he weighed the alternative || named_person
said || the senator @@ the senator said || "We've moved on." || named_person
'''))

# ---------------------------------------------------------------- z07
ARTICLES.append(("z07", r'''
Obama Is All In for Clinton — and Loving It

President Obama tore into Donald Trump on Tuesday, telling a crowd in Philadelphia that the Republican nominee was “uniquely unqualified” to serve as president.

“This is not a reality show,” Obama said. “This is a job that requires you to take things seriously.”

White House press secretary Josh Earnest told reporters aboard Air Force One that the president plans to campaign in at least six more states before Election Day. Earnest said Obama “feels a personal responsibility” to protect his legacy, which he believes Trump would “dismantle piece by piece.”

Trump hit back within the hour. “President Obama should be working on jobs, not campaigning for Crooked Hillary,” he tweeted. “Our country is a mess!”

Conservative sites were quick to change the subject. The Daily Caller, in a story shared widely on the Drudge Report, noted that insurance premiums on the health law’s exchanges will rise an average of 25 percent next year.

The figure comes from a Department of Health and Human Services report released Monday. The report found that benchmark plans would cost significantly more in most states. Administration officials argue the increases will be offset for most customers by larger federal subsidies.

On Fox News, host Bill O’Reilly said the premium hikes were “the story Hillary Clinton doesn’t want you to hear,” and predicted they would cost Democrats in swing states.

Jennifer Palmieri, the campaign’s communications director, said on MSNBC that Obama was “the most effective surrogate in American politics.” According to a Gallup tracking survey, Obama’s approval rating stood at 54 percent last week, the highest of his second term.

One House Democrat from a Trump-leaning district said he had asked the White House not to send Obama to his state because it would fire up Republican voters. “I love the guy,” the lawmaker said. “But not here, not this year.”

The president’s schedule for the final stretch is packed. After Philadelphia, he heads to Ohio and North Carolina, two states he carried in 2008, and then to Florida, where early voting begins next week. First lady Michelle Obama will join Clinton in Winston-Salem later this month, the first time the two women will appear together on the campaign trail.

Obama has also recorded radio advertisements aimed at black voters in several cities, and he is scheduled to tape an appearance on a late-night comedy show before the weekend.
''', r'''
telling || President Obama || the Republican nominee was “uniquely unqualified” to serve as president || named_person
said || Obama @@ Obama said || “This is not a reality show,” ## “This is a job that requires you to take things seriously.” || named_person
told || White House press secretary Josh Earnest || the president plans to campaign in at least six more states before Election Day || named_person
said || Earnest @@ Earnest said || Obama “feels a personal responsibility” to protect his legacy, which he believes Trump would “dismantle piece by piece.” || named_person
tweeted || he || “President Obama should be working on jobs, not campaigning for Crooked Hillary,” ## “Our country is a mess!” || named_person
noted || The Daily Caller || insurance premiums on the health law’s exchanges will rise an average of 25 percent next year || media
found || The report || benchmark plans would cost significantly more in most states || document
argue || Administration officials || the increases will be offset for most customers by larger federal subsidies || anonymous
said || host Bill O’Reilly || the premium hikes were “the story Hillary Clinton doesn’t want you to hear,” || named_person
predicted || host Bill O’Reilly || they would cost Democrats in swing states || named_person
said || Jennifer Palmieri, the campaign’s communications director || Obama was “the most effective surrogate in American politics.” || named_person
According to || a Gallup tracking survey || Obama’s approval rating stood at 54 percent last week, the highest of his second term || document
said || One House Democrat from a Trump-leaning district || he had asked the White House not to send Obama to his state because it would fire up Republican voters || anonymous
said || the lawmaker || “I love the guy,” ## “But not here, not this year.” || anonymous
'''))

# ---------------------------------------------------------------- z08
ARTICLES.append(("z08", r'''
Clinton Foundation Questions Won’t Go Away

The Clinton Foundation is back in the headlines, and Hillary Clinton’s campaign is once again on defense.

An Associated Press review of State Department calendars found that at least 40 foundation donors had been granted meetings with Clinton’s top aides during her tenure as secretary of state. The review covered only the first two years of her time at the department.

The campaign said the review was “deeply flawed.” Spokesman Brian Fallon said the AP had “cherry-picked” a small slice of Clinton’s schedule and ignored thousands of meetings with foreign leaders and officials.

Trump, speaking at a rally in Akron, Ohio, said the findings proved that Clinton ran the State Department as “a pay-for-play operation.” He said the foundation should be shut down “immediately.”

Breitbart News went further, reporting that a top foundation executive had sought diplomatic passports for two employees in 2011. The website said it had obtained emails showing the request was forwarded to Clinton aide Huma Abedin.

State Department spokesman Mark Toner told reporters that no passports were issued and that the department “found no evidence” of wrongdoing.

Bill Clinton said in an interview with NPR that the foundation would stop accepting foreign and corporate donations if his wife won the presidency. Critics say the pledge is not enough. “If it’s wrong to take the money in 2017, it was wrong to take it in 2012,” said Tom Fitton, president of the conservative watchdog group Judicial Watch.

The issue has also rattled the candidate’s own party. Two Democratic senators told The Hill that they had privately urged the campaign to address the issue more forcefully. One of them said he worried the story “feeds the narrative that she plays by her own rules.”

A Suffolk University/USA Today poll released last week showed that 62 percent of voters believe Clinton is not honest and trustworthy. That figure is largely unchanged since the spring.

The foundation, which was started by the former president after he left office in 2001, has raised more than $2 billion from governments, corporations and individuals around the world. Its programs range from distributing AIDS medication in Africa to helping farmers in Haiti and Rwanda.

The controversy is unlikely to fade soon. House Republicans have scheduled a hearing on the State Department’s records for next month, and conservative groups have filed a series of lawsuits seeking the release of additional emails from Clinton’s years in the Obama administration.
''', r'''
found || An Associated Press review of State Department calendars || at least 40 foundation donors had been granted meetings with Clinton’s top aides during her tenure as secretary of state || media
said || The campaign || the review was “deeply flawed.” || named_org
said || Spokesman Brian Fallon || the AP had “cherry-picked” a small slice of Clinton’s schedule and ignored thousands of meetings with foreign leaders and officials || named_person
said || Trump @@ Trump, speaking || the findings proved that Clinton ran the State Department as “a pay-for-play operation.” || named_person
said || He @@ He said || the foundation should be shut down “immediately.” || named_person
reporting || Breitbart News || a top foundation executive had sought diplomatic passports for two employees in 2011 || media
said || The website || it had obtained emails showing the request was forwarded to Clinton aide Huma Abedin || media
told || State Department spokesman Mark Toner || no passports were issued and that the department “found no evidence” of wrongdoing || named_person
said || Bill Clinton || the foundation would stop accepting foreign and corporate donations if his wife won the presidency || named_person
say || Critics || the pledge is not enough || anonymous
said || Tom Fitton, president of the conservative watchdog group Judicial Watch || “If it’s wrong to take the money in 2017, it was wrong to take it in 2012,” || named_person
told || Two Democratic senators || they had privately urged the campaign to address the issue more forcefully || anonymous
said || One of them || he worried the story “feeds the narrative that she plays by her own rules.” || anonymous
showed || A Suffolk University/USA Today poll released last week || 62 percent of voters believe Clinton is not honest and trustworthy || document
'''))

# ---------------------------------------------------------------- z09
ARTICLES.append(("z09", r'''
McConnell Won’t Budge on Garland, Even as Trump Slides

Senate Majority Leader Mitch McConnell said Wednesday that he has no plans to hold hearings on Merrick Garland’s Supreme Court nomination during the lame-duck session, even if Hillary Clinton wins the White House next month.

“The American people will decide who fills this vacancy,” McConnell said on Hugh Hewitt’s radio show. “That principle doesn’t change because the polls do.”

That position is increasingly lonely. Sen. Jeff Flake of Arizona told reporters last week that Republicans should confirm Garland quickly if Clinton wins, arguing that her nominee would “almost certainly be more liberal.”

The White House is keeping up the pressure. Press secretary Josh Earnest said Republicans had “failed to do their jobs” for more than 200 days.

Liberal activists are also stepping up their campaign. “Mitch McConnell is holding the Court hostage for a candidate who is losing,” Michael Keegan, president of People For the American Way, said in a statement. A memo circulated by the group to Senate Democratic offices argues that vulnerable Republicans such as Pat Toomey and Kelly Ayotte will pay a price for the blockade.

Heritage Action CEO Michael Needham told Fox Business that confirming Garland after the election would be “a betrayal of every voter who turned out on the promise of an open seat.” Sen. Ted Cruz has gone further, suggesting in a radio interview that the Senate could leave the seat vacant indefinitely if Clinton is elected.

The Washington Post reported Thursday that several Republican senators have privately told McConnell they would be willing to move on Garland after the election. Three GOP aides told the paper that at least four senators had raised the issue at a closed-door lunch.

McConnell’s office stood firm. “The leader’s position has not changed and will not change,” spokesman Don Stewart said. But sources told the Post that McConnell has not ruled out a vote if Clinton names a more liberal pick.

A Pew Research Center survey conducted in August found that 63 percent of Americans think the Senate should hold hearings on Garland’s nomination, while 30 percent said it should not.

Garland, the chief judge of the U.S. Court of Appeals for the D.C. Circuit, was nominated in March, weeks after the death of Justice Antonin Scalia. His nomination has now been pending longer than any in the history of the court.

The vacancy has left the court with eight members, and several major cases this year ended in 4-4 ties, including a challenge to the president’s immigration programs.
''', r'''
said || Senate Majority Leader Mitch McConnell || he has no plans to hold hearings on Merrick Garland’s Supreme Court nomination during the lame-duck session, even if Hillary Clinton wins the White House next month || named_person
said || McConnell @@ McConnell said on || “The American people will decide who fills this vacancy,” ## “That principle doesn’t change because the polls do.” || named_person
told || Sen. Jeff Flake of Arizona || Republicans should confirm Garland quickly if Clinton wins || named_person
arguing || Sen. Jeff Flake of Arizona || her nominee would “almost certainly be more liberal.” || named_person
said || Press secretary Josh Earnest || Republicans had “failed to do their jobs” for more than 200 days || named_person
said || Michael Keegan, president of People For the American Way || “Mitch McConnell is holding the Court hostage for a candidate who is losing,” || named_person
argues || A memo circulated by the group to Senate Democratic offices || vulnerable Republicans such as Pat Toomey and Kelly Ayotte will pay a price for the blockade || document
told || Heritage Action CEO Michael Needham || confirming Garland after the election would be “a betrayal of every voter who turned out on the promise of an open seat.” || named_person
suggesting || Sen. Ted Cruz || the Senate could leave the seat vacant indefinitely if Clinton is elected || named_person
reported || The Washington Post || several Republican senators have privately told McConnell they would be willing to move on Garland after the election || media
told || Three GOP aides || at least four senators had raised the issue at a closed-door lunch || anonymous
said || spokesman Don Stewart || “The leader’s position has not changed and will not change,” || named_person
told || sources || McConnell has not ruled out a vote if Clinton names a more liberal pick || anonymous
found || A Pew Research Center survey conducted in August || 63 percent of Americans think the Senate should hold hearings on Garland’s nomination, while 30 percent said it should not || document
'''))

# ---------------------------------------------------------------- z10
ARTICLES.append(("z10", r'''
McCrory’s Bathroom Law Is Costing North Carolina Big

North Carolina could lose more than $500 million in economic activity this year because of House Bill 2, according to an analysis released Monday by a Raleigh-based research group.

The NCAA announced last week that it would move seven championship events out of the state, and the Atlantic Coast Conference followed with a similar decision. “Fairness is one of the NCAA’s core values,” the association’s board of governors said in a statement.

Gov. Pat McCrory, who is locked in a tight reelection race, has dug in. On a conservative radio program Tuesday, McCrory said the NCAA was “bullying” the state. “This is a political stunt, pure and simple,” he added.

His Democratic opponent, Attorney General Roy Cooper, has made the law the centerpiece of his campaign. Cooper told supporters in Charlotte that the governor “has put his own politics ahead of the people of North Carolina.”

The Charlotte Observer reported Sunday that McCrory’s campaign had commissioned an internal poll showing the law had become a drag on his numbers in the suburbs. A McCrory spokesman, Ricky Diaz, said the report was “fiction.”

Business leaders say the damage is already visible. PayPal scrapped plans for a 400-job operations center in Charlotte in April, and Deutsche Bank froze an expansion in Cary. “Every week we hear from another company that is taking North Carolina off its list,” said Ann Whitfield, who leads a regional economic development group in the Triangle.

Lt. Gov. Dan Forest said in a speech to a church group that the state would “not sell our children’s privacy for a basketball tournament.” The conservative website Townhall wrote that the NCAA had caved to “the radical left.”

The race remains close. A Civitas Institute poll released this month showed Cooper ahead by two points, within the margin of error. A separate Elon University poll found that 51 percent of likely voters oppose the law.

McCrory’s aides believe the controversy has already peaked, a Republican consultant who speaks regularly with the campaign said, though he acknowledged that “nobody really knows” how it will play on Election Day.

The law, passed in a one-day special session in March, requires transgender people to use restrooms in government buildings that match the sex on their birth certificates. It also blocked cities from passing their own anti-discrimination ordinances. The legislature has adjourned until January, leaving little chance of a repeal before the election.
''', r'''
according to || an analysis released Monday by a Raleigh-based research group || North Carolina could lose more than $500 million in economic activity this year because of House Bill 2 || document
announced || The NCAA || it would move seven championship events out of the state || named_org
said || the association’s board of governors || “Fairness is one of the NCAA’s core values,” || named_org
said || McCrory @@ McCrory said || the NCAA was “bullying” the state || named_person
added || he || “This is a political stunt, pure and simple,” || named_person
told || Cooper @@ Cooper told || the governor “has put his own politics ahead of the people of North Carolina.” || named_person
reported || The Charlotte Observer || McCrory’s campaign had commissioned an internal poll showing the law had become a drag on his numbers in the suburbs || media
said || A McCrory spokesman, Ricky Diaz || the report was “fiction.” || named_person
say || Business leaders || the damage is already visible || anonymous
said || Ann Whitfield, who leads a regional economic development group in the Triangle || “Every week we hear from another company that is taking North Carolina off its list,” || named_person
said || Lt. Gov. Dan Forest || the state would “not sell our children’s privacy for a basketball tournament.” || named_person
wrote || The conservative website Townhall || the NCAA had caved to “the radical left.” || media
showed || A Civitas Institute poll released this month || Cooper ahead by two points, within the margin of error || document
found || A separate Elon University poll || 51 percent of likely voters oppose the law || document
said || a Republican consultant who speaks regularly with the campaign || McCrory’s aides believe the controversy has already peaked || anonymous
acknowledged || he @@ he acknowledged || “nobody really knows” how it will play on Election Day || anonymous
'''))

# ---------------------------------------------------------------- z11
ARTICLES.append(("z11", r'''
Trump’s War With a Federal Judge Has Republicans Squirming

Donald Trump on Friday renewed his attacks on the federal judge overseeing a fraud lawsuit against Trump University, telling a rally in San Diego that Judge Gonzalo Curiel had been “very unfair” and “should be ashamed of himself.”

In an interview with CNN’s Jake Tapper on Sunday, Trump went further, suggesting the judge’s Mexican heritage created “a conflict of interest.” Curiel was born in Indiana.

House Speaker Paul Ryan told a Wisconsin radio station that the comments were “out of bounds” and “just plain wrong.” Senate Majority Leader Mitch McConnell said he did not “agree with” Trump’s reasoning. Sen. Mark Kirk of Illinois, who faces a difficult reelection fight, said he could no longer support the nominee.

Legal experts say the attacks are without modern precedent. “I can’t think of another presidential candidate who has gone after a sitting judge by name this way,” said Martin Greer, a former federal prosecutor who teaches at the University of San Diego law school.

In an editorial Monday, National Review argued that Trump’s comments were “indefensible” and “a gift to the Clinton campaign.”

Radio host Rush Limbaugh said Trump was merely “saying what millions of people are thinking,” and the pro-Trump site Breitbart published a lengthy piece on Curiel’s background.

Trump’s campaign, according to two advisers, has urged the candidate to drop the subject. He has shown little sign of doing so.

In a statement issued Tuesday, Trump said his remarks had been “twisted by the dishonest media” and that he had “great respect for the judiciary.”

The trial is scheduled to begin Nov. 28 in San Diego. Plaintiffs’ attorneys said in a court filing last month that they intend to call Trump as a witness, and a court spokesman said Curiel would not respond to Trump’s remarks.

The lawsuit, one of three involving the now-defunct real estate seminar program, was filed in 2010 on behalf of former students who paid as much as $35,000 for courses. Trump has repeatedly vowed to fight the case rather than settle it, and he has predicted at rallies that he will win at trial.

Curiel, a former federal prosecutor who once faced threats from a Mexican drug cartel, was appointed to the bench by President Obama in 2012.
''', r'''
telling || Donald Trump || Judge Gonzalo Curiel had been “very unfair” and “should be ashamed of himself.” || named_person
suggesting || Trump @@ Trump went further || the judge’s Mexican heritage created “a conflict of interest.” || named_person
told || House Speaker Paul Ryan || the comments were “out of bounds” and “just plain wrong.” || named_person
said || Senate Majority Leader Mitch McConnell || he did not “agree with” Trump’s reasoning || named_person
said || Sen. Mark Kirk of Illinois, who faces a difficult reelection fight || he could no longer support the nominee || named_person
say || Legal experts || the attacks are without modern precedent || anonymous
said || Martin Greer, a former federal prosecutor who teaches at the University of San Diego law school || “I can’t think of another presidential candidate who has gone after a sitting judge by name this way,” || named_person
argued || National Review || Trump’s comments were “indefensible” and “a gift to the Clinton campaign.” || media
said || Radio host Rush Limbaugh || Trump was merely “saying what millions of people are thinking,” || named_person
according to || two advisers || Trump’s campaign ## has urged the candidate to drop the subject || anonymous
said || Trump @@ Trump said his || his remarks had been “twisted by the dishonest media” and that he had “great respect for the judiciary.” || named_person
said @@ attorneys said || Plaintiffs’ attorneys || they intend to call Trump as a witness || anonymous
said || a court spokesman || Curiel would not respond to Trump’s remarks || anonymous
has repeatedly vowed || Trump @@ Trump has repeatedly vowed || to fight the case rather than settle it || named_person
has predicted || he @@ he has predicted || he will win at trial || named_person
'''))

# ---------------------------------------------------------------- z12
ARTICLES.append(("z12", r'''
Pence Wins the Room, Kaine Wins the Interruptions

Mike Pence emerged from Tuesday’s vice presidential debate with something his running mate has rarely enjoyed this fall: good reviews. A CNN/ORC instant poll of debate watchers found that 48 percent thought the Indiana governor had won, compared with 42 percent for Tim Kaine.

Kaine, the Virginia senator, interrupted his opponent more than 70 times, the Washington Examiner reported. Pence drew applause when he told Kaine, “You’ve been reading from the same talking points all night, senator.”

“Mike Pence just had the best night of any Republican in this campaign,” radio host Dana Loesch tweeted.

“Pence was smoother. That’s just the truth,” former Obama adviser David Axelrod said on CNN after the debate.

But the Clinton campaign argued that the night would ultimately hurt Trump. Pence, the campaign said, had repeatedly denied that his running mate said things Trump is on record saying. Within minutes, the campaign posted a video splicing Pence’s answers with clips of Trump.

“Mike Pence spent 90 minutes pretending Donald Trump never said the things Donald Trump said,” Clinton campaign manager Robby Mook wrote on Twitter.

Trump weighed in on Twitter as well. “Mike Pence was fantastic tonight. Totally dominated!” he wrote.

Some Trump advisers, however, worry that the contrast with Pence could backfire. Politico reported Wednesday that the nominee was irritated by the glowing coverage of his running mate, and two people close to Trump told the outlet that he had complained to aides that Pence was “getting all the credit.”

Pence is reportedly drawing interest from Republican donors who see him as a possible 2020 candidate if Trump loses.

A spokesman for Pence, Marc Lotter, said the governor was “100 percent focused” on electing Trump. The Trump campaign announced Wednesday that Pence would campaign in Pennsylvania and North Carolina this weekend.

The debate, held at Longwood University in Farmville, Virginia, drew about 37 million television viewers, well short of the record audience for the first meeting between Trump and Clinton. It was the only scheduled meeting between the two running mates.

Trump and Clinton meet again Sunday night in St. Louis for a town-hall style debate, where questions will come from undecided voters in the audience and from the internet.
''', r'''
found || A CNN/ORC instant poll of debate watchers || 48 percent thought the Indiana governor had won, compared with 42 percent for Tim Kaine || document
reported || the Washington Examiner || Kaine, the Virginia senator, interrupted his opponent more than 70 times || media
told || he @@ he told Kaine || “You’ve been reading from the same talking points all night, senator.” || named_person
tweeted || radio host Dana Loesch || “Mike Pence just had the best night of any Republican in this campaign,” || named_person
said || former Obama adviser David Axelrod || “Pence was smoother. That’s just the truth,” || named_person
argued || the Clinton campaign || the night would ultimately hurt Trump || named_org
said || the campaign @@ the campaign said || Pence @@ Pence, the campaign said ## had repeatedly denied that his running mate said things Trump is on record saying || named_org
wrote || Clinton campaign manager Robby Mook || “Mike Pence spent 90 minutes pretending Donald Trump never said the things Donald Trump said,” || named_person
wrote || he @@ he wrote || “Mike Pence was fantastic tonight. Totally dominated!” || named_person
worry || Some Trump advisers || the contrast with Pence could backfire || anonymous
reported || Politico || the nominee was irritated by the glowing coverage of his running mate || media
told || two people close to Trump || he had complained to aides that Pence was “getting all the credit.” || anonymous
reportedly || - || Pence is ## drawing interest from Republican donors who see him as a possible 2020 candidate if Trump loses || unknown
said || A spokesman for Pence, Marc Lotter || the governor was “100 percent focused” on electing Trump || named_person
announced || The Trump campaign || Pence would campaign in Pennsylvania and North Carolina this weekend || named_org
'''))


# ---------------------------------------------------------------- machinery
def _bounded(text, i, span):
    j = i + len(span)
    if span[0].isalnum() and i > 0 and text[i - 1].isalnum():
        return False
    return not (span[-1].isalnum() and j < len(text) and text[j].isalnum())


def occurrences(text, span, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    out, i = [], text.find(span, lo)
    while i != -1 and i + len(span) <= hi:
        if _bounded(text, i, span):
            out.append(i)
        i = text.find(span, i + 1)
    return out


def split_ctx(field):
    if " @@ " in field:
        span, ctx = field.split(" @@ ", 1)
        return span.strip(), ctx.strip()
    return field.strip(), None


def in_context(text, span, ctx, where):
    n = text.count(ctx)
    assert n == 1, f"{where}: context {ctx!r} occurs {n} times"
    c = text.index(ctx)
    occ = occurrences(text, span, c, c + len(ctx))
    assert occ, f"{where}: span {span!r} not inside context {ctx!r}"
    return occ[0]


def gap(a, b):
    return max(0, b[0] - a[1], a[0] - b[1])


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def nearest(text, span, target, forbidden, where):
    cands = []
    for i in occurrences(text, span):
        iv = (i, i + len(span))
        if any(overlaps(iv, f) for f in forbidden):
            continue
        cands.append((min(gap(iv, t) for t in target), i))
    assert cands, f"{where}: {span!r} not found"
    cands.sort()
    if len(cands) > 1 and cands[0][0] == cands[1][0]:
        raise AssertionError(f"{where}: tie for {span!r}; give a context")
    return cands[0][1]


def mk(text, s, e):
    return {"start": s, "end": e, "text": text[s:e]}


def parse_line(text, line, where):
    parts = [p.strip() for p in line.split(" || ")]
    assert len(parts) == 4, f"{where}: need 4 fields: {line!r}"
    cue_f, src_f, con_f, typ = parts
    assert typ in TYPES, f"{where}: bad type {typ!r}"
    # content
    frags_txt = [f.strip() for f in con_f.split(" ## ")]
    first, fctx = split_ctx(frags_txt[0])
    if fctx:
        s0 = in_context(text, first, fctx, where)
    else:
        occ = occurrences(text, first)
        assert len(occ) == 1, f"{where}: content {first!r} occurs {len(occ)} times"
        s0 = occ[0]
    frags = [(s0, s0 + len(first))]
    for ft in frags_txt[1:]:
        i = text.find(ft, frags[-1][1])
        assert i != -1, f"{where}: fragment {ft!r} not found after previous"
        frags.append((i, i + len(ft)))
    # cue
    cue, cctx = split_ctx(cue_f)
    cs = in_context(text, cue, cctx, where) if cctx else nearest(text, cue, frags, frags, where)
    civ = (cs, cs + len(cue))
    assert not any(overlaps(civ, f) for f in frags), f"{where}: cue overlaps content"
    # source
    if src_f == "-":
        src = None
        assert typ == "unknown", f"{where}: null source must be unknown"
    else:
        sp, sctx = split_ctx(src_f)
        if sctx:
            ss = in_context(text, sp, sctx, where)
        else:
            ss = nearest(text, sp, [civ], frags + [civ], where)
        siv = (ss, ss + len(sp))
        assert not overlaps(siv, civ) and not any(overlaps(siv, f) for f in frags), \
            f"{where}: source overlaps cue/content"
        src = mk(text, *siv)
        assert src["text"] == sp
    content = mk(text, frags[0][0], frags[-1][1])
    if len(frags) > 1:
        content["fragments"] = [list(f) for f in frags]
    for f, ft in zip(frags, frags_txt, strict=False):
        assert text[f[0]:f[1]] == split_ctx(ft)[0]
    # conventions: no leading "that", no trailing period outside quotes
    ctext = text[frags[0][0]:frags[0][1]]
    assert not ctext.lower().startswith("that "), f"{where}: leading that"
    last = text[frags[-1][0]:frags[-1][1]]
    assert not last.endswith("."), f"{where}: content ends with bare period"
    cue_span = mk(text, *civ)
    assert cue_span["text"] == cue
    return {"cue": cue_span, "source": src, "content": content, "source_type": typ}


def check_quotes(doc_id, text):
    n = int(doc_id[1:])
    if n <= 6:
        bad = [c for c in text if c in CURLY]
        assert not bad, f"{doc_id}: curly characters in a straight-quote article: {bad[:5]}"
    else:
        assert '"' not in text and "'" not in text, f"{doc_id}: straight quote in a curly-quote article"
        assert "\u201c" in text and "\u201d" in text


def build():
    records = []
    for doc_id, raw_text, ann in ARTICLES:
        text = raw_text.strip() + "\n"
        check_quotes(doc_id, text)
        lines = text.split("\n")
        assert lines[1] == "" and lines[0].strip(), f"{doc_id}: headline + blank line"
        nwords = len(text.split())
        assert 300 <= nwords <= 500, f"{doc_id}: {nwords} words"
        atts = []
        for k, line in enumerate(x for x in ann.strip().split("\n") if x.strip()):
            atts.append(parse_line(text, line, f"{doc_id}#{k + 1}"))
        atts.sort(key=lambda a: a["cue"]["start"])
        assert 10 <= len(atts) <= 18, f"{doc_id}: {len(atts)} attributions"
        # no two attributions share a cue span
        cues = [(a["cue"]["start"], a["cue"]["end"]) for a in atts]
        assert len(set(cues)) == len(cues), f"{doc_id}: duplicate cue"
        for a in atts:
            for key in ("cue", "source", "content"):
                sp = a[key]
                if sp is not None:
                    assert text[sp["start"]:sp["end"]] == sp["text"]
        records.append({"doc_id": doc_id, "text": text, "split": "blind", "attributions": atts})
    return records


def show(records):
    """Print every attribution in its paragraph: [S ...] <C ...> {Q ...}."""
    for r in records:
        t = r["text"]
        print("=" * 30, r["doc_id"], len(t.split()), "words", len(r["attributions"]), "attributions")
        for k, a in enumerate(r["attributions"]):
            marks = [(a["cue"]["start"], "<C "), (a["cue"]["end"], ">")]
            if a["source"]:
                marks += [(a["source"]["start"], "[S "), (a["source"]["end"], "]")]
            for s, e in a["content"].get("fragments", [[a["content"]["start"], a["content"]["end"]]]):
                marks += [(s, "{Q "), (e, "}")]
            lo = min(m[0] for m in marks)
            hi = max(m[0] for m in marks)
            ps = t.rfind("\n", 0, lo) + 1
            pe = t.find("\n", hi)
            seg = t[ps:pe]
            for pos, m in sorted(marks, key=lambda x: -x[0]):
                seg = seg[:pos - ps] + m + seg[pos - ps:]
            print(f"{k + 1:2d} {a['source_type']:12s} {seg}")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    return write_or_check(build(), HERE / "blind47.jsonl", argv, __doc__.split("\n\n")[0])


if __name__ == "__main__":
    raise SystemExit(main())

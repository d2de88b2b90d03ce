/**
 * South Asian and Arabic name parts that belong to the name ("Syed Junaid Imam", "Mian ...", "Khawaja ...") and
 * given names common in the region: both are evidence that a capitalized run is a person, which compromise
 * often misses ("Asfand Yar Khan" comes out as "Yar Khan"). Lower case.
 */
export const NAME_PARTS: ReadonlySet<string> = new Set([
  'syed', 'sayyid', 'mian', 'khawaja', 'khwaja', 'chaudhry', 'chaudhary', 'chowdhury', 'sheikh', 'shaikh', 'sardar',
  'makhdoom', 'pir', 'raja', 'rana', 'hafiz', 'mirza', 'malik', 'nawab', 'begum', 'bibi', 'khan', 'shah', 'mufti',
  'maulana', 'allama', 'qazi', 'sahibzada', 'nawabzada', 'haji', 'hajji',
]);

/** Lower-case particles that may stand inside a name: "Tauqeer ul Haq", "Fakhr e Alam Irfan", "bin Salman". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'ul', 'ud', 'ur', 'us', 'e', 'al', 'el', 'bin', 'bint', 'ibn', 'van', 'von', 'de', 'da', 'di', 'du', 'der', 'la',
]);

export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  'muhammad', 'mohammad', 'mohammed', 'muhammed', 'mohd', 'ahmad', 'ahmed', 'ali', 'hassan', 'hasan', 'hussain',
  'husain', 'imran', 'nawaz', 'asif', 'abdul', 'abdullah', 'omar', 'umar', 'usman', 'osman', 'bilal', 'tariq',
  'faisal', 'farooq', 'zafar', 'iqbal', 'javed', 'jawed', 'junaid', 'kamran', 'khalid', 'khalil', 'mustafa',
  'nadeem', 'naveed', 'rashid', 'saeed', 'salman', 'shahid', 'shahbaz', 'shehbaz', 'shoaib', 'tahir', 'waseem',
  'wasim', 'yasir', 'zahid', 'zubair', 'aamir', 'amir', 'arif', 'ayesha', 'aisha', 'fatima', 'maryam', 'sana',
  'shazia', 'nasreen', 'rubina', 'saima', 'sadia', 'bushra', 'asma', 'hina', 'nighat', 'shaza', 'sherry', 'ishaq',
  'awais', 'asfand', 'yar', 'aurangzeb', 'ijaz', 'ejaz', 'mahmood', 'mehmood', 'anwar', 'akhtar', 'aslam', 'azhar',
  'rahman', 'rehman', 'wahid', 'wahidul', 'rafiq', 'karim', 'kabir', 'islam', 'hasina', 'khaleda', 'sheikh',
  'anil', 'ranjith', 'mahinda', 'gotabaya', 'ranil', 'sajith', 'nalinda', 'anura', 'kumara', 'rajapaksa',
  'wickremesinghe', 'premadasa', 'jayantha', 'rahul', 'narendra', 'amit', 'sunil', 'rajesh', 'suresh', 'priya',
  'sanjay', 'vijay', 'ravi', 'kumar', 'singh', 'sharma', 'gupta', 'patel', 'das', 'nasir', 'nasiruddin', 'sajjad',
  'obaidullah', 'imdadullah', 'tauqeer', 'kaiser', 'matiur', 'shabana', 'nelson', 'jameel', 'jamil', 'shahida',
  'babar', 'zunaid', 'almas', 'mashhood', 'pervaiz', 'pervez', 'parvez', 'qamar', 'shaukat', 'sohail', 'sohaib',
]);

/**
 * Given and family names common in Pakistani, Bangladeshi, Sri Lankan and Indian news. A run of two or more
 * capitalized words holding one is a person even with no title or speech verb beside it ("praised Farrukh Habib
 * for ..."). Words that are also ordinary capitalized terms (Islam, Sultan, Raj) are left out on purpose.
 */
export const REGIONAL_NAMES: ReadonlySet<string> = new Set(`
hussain raza abbas haider haidar qureshi siddiqui ansari butt abbasi zardari bhutto sharif jadoon khattak afridi
yusufzai gilani gillani hashmi bukhari naqvi rizvi jafri zaidi kazmi memon baloch mengal bugti marri jamali leghari
mazari dogar gondal warraich bajwa cheema chattha tarar gill sandhu randhawa farrukh habib saleem salim naeem nadir
nazir rauf raheel rehan saad sami shafqat shakeel sharjeel talha tanveer tauseef usama waqar waqas yasin yousaf yusuf
zeeshan zohaib zulfiqar ahsan aftab adil adnan akbar altaf amjad anees aqeel arshad asad asim atif ayaz azam bashir
ehsan fawad fahad farhan ghulam hamid hamza haroon haris hafeez ikram ilyas irfan ishtiaq jahangir jawad kashif
khurram liaquat majid mansoor masood mehdi mohsin mubashir mudassar murad musadiq mushtaq nabeel nisar noman owais
qaiser qasim rafi rizwan sabir sadiq safdar sajid shafiq shahzad shehzad sikandar umair waheed wajid zaheer zia amna
farah fauzia hira kiran mehwish nadia nargis nazia nida nosheen rabia rehana saba saira samina shagufta shaista
shireen sobia uzma yasmin zainab zubaida abul abu md mostafa kamal jamal anisul tofail fazle mahbub mahmud mizanur
habibur atiqur mustafizur rezaul shafiqul saiful aminul nurul monirul khairul ashraful rafiqul obaidul quader
fakhrul tarique hossain uddin alam miah sarkar talukder bhuiyan majumder khondaker perera fernando silva jayasuriya
wijesinghe gunawardena bandara dissanayake rathnayake herath senanayake wickramasinghe jayawardena karunaratne
weerasinghe ranasinghe amarasinghe priyantha chaminda nuwan lasantha namal harsha eran kanchana nalaka mangala
champika dinesh ramesh ganesh mukesh ajay arun ashok deepak manoj pradeep rakesh sandeep sanjeev sunita anita kavita
pooja nirmala piyush jaishankar shaktikanta modi gandhi reddy rao naidu iyer nair menon pillai chatterjee banerjee
mukherjee ghosh bose dutta joshi mehta desai kulkarni agarwal bansal goyal malhotra kapoor khanna chopra verma yadav
mishra tiwari pandey dubey chauhan rathore thakur
`.trim().split(/\s+/));

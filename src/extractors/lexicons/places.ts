/**
 * Gazetteer of countries, provinces, major cities and regions, weighted to South Asia and to the places news
 * from the region names. The first form is the place's name; the rest are other ways of writing it. A place is
 * named in the record by the fullest form the article writes ("United States" when the text has it, else "US").
 */
export const PLACES: readonly (readonly string[])[] = [
  // South Asia: countries
  ['Pakistan'], ['India'], ['Bangladesh'], ['Sri Lanka'], ['Nepal'], ['Bhutan'], ['Maldives'], ['Afghanistan'],
  // Pakistan: provinces, regions, cities
  ['Punjab'], ['Sindh'], ['Khyber Pakhtunkhwa', 'KP', 'KPK'], ['Balochistan', 'Baluchistan'], ['Gilgit-Baltistan'],
  ['Azad Jammu and Kashmir', 'AJK', 'Azad Kashmir'], ['FATA'], ['Kashmir'], ['Islamabad'], ['Karachi'], ['Lahore'],
  ['Rawalpindi'], ['Peshawar'], ['Quetta'], ['Faisalabad'], ['Multan'], ['Hyderabad'], ['Gwadar'], ['Sialkot'],
  ['Gujranwala'], ['Sukkur'], ['Abbottabad'], ['Bahawalpur'], ['Sargodha'], ['Muzaffarabad'], ['Gilgit'],
  ['Larkana'], ['Mardan'], ['Swat'], ['Kohat'], ['Bannu'], ['Jhelum'], ['Mirpur'], ['Chitral'], ['Skardu'], ['Hunza'],
  ['Sheikhupura'], ['Kasur'], ['Okara'], ['Sahiwal'], ['Turbat'], ['Khuzdar'], ['Chaman'], ['Nawabshah'], ['Thatta'],
  ['Jacobabad'], ['Khairpur'], ['Mirpurkhas'], ['Thar'], ['Torkham'], ['Wagah'],
  ['Dera Ismail Khan', 'D.I. Khan', 'DI Khan'], ['Dera Ghazi Khan', 'D.G. Khan', 'DG Khan'], ['Rahim Yar Khan'],
  ['Chiniot'], ['Jamshoro'], ['Port Qasim'],
  // India
  ['New Delhi'], ['Delhi'], ['Mumbai'], ['Kolkata'], ['Chennai'], ['Bengaluru', 'Bangalore'], ['Jammu'],
  ['Gujarat'], ['Maharashtra'], ['Kerala'], ['Tamil Nadu'], ['West Bengal'], ['Assam'], ['Ahmedabad'], ['Pune'],
  ['Lucknow'], ['Jaipur'], ['Uttar Pradesh'], ['Bihar'], ['Rajasthan'], ['Karnataka'], ['Telangana'], ['Odisha'],
  ['Srinagar'], ['Ladakh'], ['Amritsar'], ['Jharkhand'], ['Madhya Pradesh'], ['Andhra Pradesh'], ['Haryana'],
  ['Himachal Pradesh'], ['Uttarakhand'], ['Chhattisgarh'], ['Goa'], ['Tripura'], ['Meghalaya'], ['Manipur'], ['Mizoram'],
  ['Nagaland'], ['Arunachal Pradesh'], ['Sikkim'], ['Kochi'], ['Visakhapatnam'],
  // Bangladesh, Sri Lanka, Nepal
  ['Dhaka'], ['Chattogram', 'Chittagong'], ['Sylhet'], ['Khulna'], ['Rajshahi'], ['Narayanganj'], ['Gazipur'],
  ['Cumilla', 'Comilla'], ['Barishal', 'Barisal'], ['Rangpur'], ['Mymensingh'], ['Cox’s Bazar', "Cox's Bazar"],
  ['Mongla'], ['Payra'], ['Bogura', 'Bogra'], ['Jashore', 'Jessore'], ['Rooppur'], ['Matarbari'],
  ['Colombo'], ['Kandy'], ['Galle'], ['Jaffna'], ['Trincomalee'], ['Hambantota'], ['Kurunegala'], ['Anuradhapura'],
  ['Batticaloa'], ['Matara'], ['Negombo'], ['Ratnapura'], ['Badulla'], ['Nuwara Eliya'], ['Polonnaruwa'], ['Kathmandu'], ['Kabul'],
  ['Kalutara'], ['Gampaha'], ['Kegalle'], ['Matale'], ['Puttalam'], ['Vavuniya'], ['Mannar'], ['Mullaitivu'],
  ['Kilinochchi'], ['Ampara'], ['Monaragala', 'Moneragala'], ['Hatton'],
  // Middle East and Gulf
  ['United Arab Emirates', 'UAE'], ['Saudi Arabia', 'KSA'], ['Qatar'], ['Kuwait'], ['Oman'], ['Bahrain'], ['Iran'],
  ['Iraq'], ['Syria'], ['Jordan'], ['Lebanon'], ['Israel'], ['Palestinian territories'], ['Gaza'], ['West Bank'],
  ['Yemen'], ['Turkey', 'Türkiye', 'Turkiye'], ['Egypt'], ['Dubai'], ['Abu Dhabi'], ['Riyadh'], ['Jeddah'], ['Doha'],
  ['Tehran'], ['Ankara'], ['Istanbul'], ['Cairo'],
  // East and South-East Asia
  ['China'], ['Hong Kong'], ['Taiwan'], ['Japan'], ['South Korea'], ['North Korea'], ['Singapore'],
  ['Malaysia'], ['Indonesia'], ['Thailand'], ['Vietnam', 'Viet Nam'], ['Philippines'], ['Myanmar'], ['Cambodia'],
  ['Beijing'], ['Shanghai'], ['Tokyo'], ['Seoul'], ['Kuala Lumpur'], ['Jakarta'], ['Bangkok'],
  // Central Asia, Russia
  ['Russia'], ['Kazakhstan'], ['Uzbekistan'], ['Turkmenistan'], ['Tajikistan'], ['Kyrgyzstan'], ['Azerbaijan'],
  ['Moscow'], ['Tashkent'],
  // Europe
  ['United Kingdom', 'UK', 'U.K.'], ['Britain', 'Great Britain'], ['England'], ['Scotland'], ['Ireland'], ['France'],
  ['Germany'], ['Italy'], ['Spain'], ['Portugal'], ['Netherlands'], ['Belgium'], ['Switzerland'], ['Austria'],
  ['Sweden'], ['Norway'], ['Denmark'], ['Finland'], ['Poland'], ['Ukraine'], ['Greece'], ['Hungary'],
  ['Czech Republic'], ['Romania'], ['London'], ['Paris'], ['Berlin'], ['Geneva'], ['Brussels'], ['Rome'], ['Madrid'],
  ['Vienna'], ['Amsterdam'], ['Frankfurt'], ['Davos'], ['Kyiv', 'Kiev'],
  // Americas
  ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'United States of America'], ['Canada'], ['Mexico'], ['Brazil'],
  ['Argentina'], ['Chile'], ['Colombia'], ['Peru'], ['Venezuela'], ['Cuba'], ['Haiti'], ['Washington'], ['New York'],
  ['California'], ['Texas'], ['Chicago'], ['Los Angeles'], ['Toronto'], ['Ottawa'],
  // Africa and Oceania
  ['Sudan'], ['South Sudan'], ['Congo'], ['Nigeria'], ['Kenya'], ['Ethiopia'], ['Somalia'], ['South Africa'],
  ['Morocco'], ['Algeria'], ['Libya'], ['Tunisia'], ['Ghana'], ['Uganda'], ['Tanzania'], ['Australia'],
  ['New Zealand'],
  // Regions
  ['South Asia'], ['Middle East'], ['Gulf'], ['Europe'], ['Asia'], ['Africa'], ['Latin America'], ['North America'],
  ['Central Asia'], ['Asia-Pacific', 'Asia Pacific'], ['Indian Ocean'], ['Arabian Sea'],
  // business regions by their usual acronyms
  ['EMEA'], ['APAC'], ['MENA'], ['LATAM'],
];

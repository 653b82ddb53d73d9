target_link_libraries(mgrdesk-bench PRIVATE mgrdesk_models Qt6::Gui LibXml2::LibXml2)
